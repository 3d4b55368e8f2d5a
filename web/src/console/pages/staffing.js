// 配备达标: the staffing compliance report of the chosen region.
import { gql } from '../api.js';
import { h, fill, card, section, pct, num, pagedTable, table, empty } from '../ui.js';
import { kinds, metrics, severities, label } from '../labels.js';
import { bars } from '../charts.js';
import { exportButtons } from './exports.js';

const REPORT = `query Staffing($region: String!, $asOf: Date) {
  staffingCompliance(regionCode: $region, asOf: $asOf) {
    regionCode asOf committeeCount compliantCount shortfallCount conditionalShortfallCount
    mediatorCount fullTimeMediatorCount fullTimeShare
    targets { metric target actual met deadline }
    byKind { kind committeeCount compliantCount shortfallCount conditionalShortfallCount requiredMinimum severity }
    byRegion { regionCode name committeeCount compliantCount shortfallCount conditionalShortfallCount fullTimeShare }
  }
}`;
const SHORTFALLS = `query Shortfalls($region: String!, $asOf: Date, $after: String) {
  staffingCompliance(regionCode: $region, asOf: $asOf) {
    shortfalls(first: 10, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      nodes { committee { id name kind region { name } } required actual missing severity }
    }
  }
}`;

const isRatio = (metric) => /SHARE|COVERAGE|GROWTH/.test(metric);
const targetValue = (metric, v) => (v == null ? '—' : isRatio(metric) ? pct(v) : num(v));

export function render(region) {
  if (!region) return empty('请先选择区域。');
  const asOf = h('input', { type: 'date', id: 'as-of', 'aria-label': '统计日期' });
  const body = h('div');
  // No date: the API's today. The report's own date then fills the field.
  const load = () => fill(body, () => report(region, asOf.value || null, (day) => { asOf.value = day; }), '正在计算配备达标情况…');
  asOf.addEventListener('change', load);
  load();
  return h('div', { class: 'page' },
    h('div', { class: 'page-head' }, h('h1', {}, '配备达标'), h('label', { for: 'as-of' }, '截至 ', asOf)),
    body);
}

async function report(region, asOf, shown) {
  const { staffingCompliance: r } = await gql(REPORT, { region, asOf });
  shown(r.asOf);
  const cards = h('div', { class: 'cards' },
    card('调委会', num(r.committeeCount)),
    card('全部达标', num(r.compliantCount), pct(r.committeeCount ? r.compliantCount / r.committeeCount : null)),
    card('未达必须配备', num(r.shortfallCount)),
    card('未达有条件配备', num(r.conditionalShortfallCount)),
    card('调解员', num(r.mediatorCount)),
    card('专职调解员', num(r.fullTimeMediatorCount), `占 ${pct(r.fullTimeShare)}`));

  const targets = table([
    { title: '目标', cell: (t) => label(metrics, t.metric) },
    { title: '要求', cell: (t) => targetValue(t.metric, t.target), num: true },
    { title: '实际', cell: (t) => targetValue(t.metric, t.actual), num: true },
    { title: '期限', cell: (t) => t.deadline ?? '—' },
    { title: '结果', cell: (t) => (t.met == null ? h('span', { class: 'badge' }, '无法判断') : t.met ? h('span', { class: 'badge ok' }, '达标') : h('span', { class: 'badge bad' }, '未达标')) },
  ], r.targets, { emptyText: '本区域没有适用的总体目标。' });

  const regionChart = r.byRegion.length
    ? bars('各下级区域调委会达标情况', r.byRegion.map((x) => x.name), [
      { name: '达标', values: r.byRegion.map((x) => x.compliantCount) },
      { name: '未达必须配备', values: r.byRegion.map((x) => x.shortfallCount) },
      { name: '未达有条件配备', values: r.byRegion.map((x) => x.conditionalShortfallCount) },
    ], { stack: 'all' })
    : empty('没有下级区域。');
  const kindChart = bars('各类调委会达标情况', r.byKind.map((x) => label(kinds, x.kind)), [
    { name: '达标', values: r.byKind.map((x) => x.compliantCount) },
    { name: '未达标', values: r.byKind.map((x) => x.shortfallCount + x.conditionalShortfallCount) },
  ], { stack: 'all' });

  const shortfalls = pagedTable([
    { title: '调委会', cell: (s) => h('a', { href: `#/committee/${encodeURIComponent(s.committee.id)}` }, s.committee.name) },
    { title: '类型', cell: (s) => label(kinds, s.committee.kind) },
    { title: '所在地', cell: (s) => s.committee.region.name },
    { title: '应配', cell: (s) => s.required, num: true },
    { title: '实配', cell: (s) => s.actual, num: true },
    { title: '缺', cell: (s) => s.missing, num: true },
    { title: '性质', cell: (s) => label(severities, s.severity) },
  ], async (after) => (await gql(SHORTFALLS, { region, asOf: r.asOf, after })).staffingCompliance.shortfalls,
  { emptyText: '没有配备不足的调委会。', label: '缺员名单' });

  return [
    h('p', { class: 'note' }, `统计日期 ${r.asOf}，区划 ${r.regionCode}。`),
    cards,
    section('总体目标', targets),
    h('div', { class: 'grid2' }, section('按下级区域', regionChart), section('按调委会类型', kindChart)),
    section('配备不足名单', shortfalls),
    section('导出', exportButtons('/exports/staffing-compliance', { regionCode: region, asOf: r.asOf })),
  ];
}
