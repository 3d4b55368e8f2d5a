// 排查台账: which committees missed a screening round, and the open risks of the ledger.
import { gql } from '../api.js';
import { h, fill, card, section, pagedTable, empty, num, pct, today } from '../ui.js';
import { riskStatuses, riskLevels, categories, label } from '../labels.js';
import { bars } from '../charts.js';
import { exportButtons } from './exports.js';

const REPORT = `query Screening($region: String!, $from: Date!, $to: Date!) {
  screeningCompliance(regionCode: $region, from: $from, to: $to) {
    unitCount compliantCount requiredRounds recordedRounds villageCount villagesWithInformationOfficer
    byRegion { regionCode name unitCount compliantCount }
  }
}`;
const MISSED = `query Missed($region: String!, $from: Date!, $to: Date!, $after: String) {
  screeningCompliance(regionCode: $region, from: $from, to: $to) {
    missed(first: 10, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { committee { id name } periodStart periodEnd } }
  }
}`;
const LEDGER = `query Ledger($region: String!, $statuses: [RiskStatus!], $after: String) {
  riskLedger(regionCode: $region, statuses: $statuses, first: 10, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { committee { id name } category riskLevel summary foundOn status ageInDays overdue }
  }
}`;

const monthStart = () => `${today().slice(0, 8)}01`;

export function render(region) {
  if (!region) return empty('请先选择区域。');
  const from = h('input', { type: 'date', id: 'screen-from', value: monthStart() });
  const to = h('input', { type: 'date', id: 'screen-to', value: today() });
  const body = h('div');
  const load = () => fill(body, () => report(region, from.value, to.value), '正在统计排查情况…');
  from.addEventListener('change', load);
  to.addEventListener('change', load);
  load();
  const open = h('input', { type: 'checkbox', id: 'open-only', checked: true });
  const ledger = h('div');
  const showLedger = () => ledger.replaceChildren(pagedTable([
    { title: '调委会', cell: (r) => h('a', { href: `#/committee/${encodeURIComponent(r.committee.id)}` }, r.committee.name) },
    { title: '类别', cell: (r) => label(categories, r.category) },
    { title: '风险', cell: (r) => h('span', { class: r.riskLevel === 'HIGH' || r.riskLevel === 'MAJOR' ? 'badge bad' : 'badge' }, label(riskLevels, r.riskLevel)) },
    { title: '摘要', cell: (r) => r.summary },
    { title: '发现', cell: (r) => r.foundOn },
    { title: '状态', cell: (r) => label(riskStatuses, r.status) },
    { title: '天数', cell: (r) => h('span', { class: r.overdue ? 'bad' : null }, r.ageInDays), num: true },
  ], async (after) => (await gql(LEDGER, { region, statuses: open.checked ? ['OPEN', 'MEDIATING', 'ESCALATED'] : null, after })).riskLedger,
  { emptyText: '台账中没有符合条件的风险。', label: '台账' }));
  open.addEventListener('change', showLedger);
  showLedger();
  return h('div', { class: 'page' },
    h('div', { class: 'page-head' }, h('h1', {}, '排查台账'),
      h('label', { for: 'screen-from' }, '自 ', from), h('label', { for: 'screen-to' }, '至 ', to)),
    body,
    section('风险台账', h('label', { class: 'check' }, open, '只看未销号'), ledger));
}

async function report(region, from, to) {
  const { screeningCompliance: r } = await gql(REPORT, { region, from, to });
  return [
    h('div', { class: 'cards' },
      card('应排查单位', num(r.unitCount)), card('按期排查', num(r.compliantCount), pct(r.unitCount ? r.compliantCount / r.unitCount : null)),
      card('应排查次数', num(r.requiredRounds)), card('已排查次数', num(r.recordedRounds)),
      card('有信息员的村', `${num(r.villagesWithInformationOfficer)} / ${num(r.villageCount)}`)),
    r.byRegion.length ? section('按下级区域', bars('各下级区域排查情况', r.byRegion.map((x) => x.name ?? x.regionCode), [
      { name: '按期', values: r.byRegion.map((x) => x.compliantCount) },
      { name: '未按期', values: r.byRegion.map((x) => x.unitCount - x.compliantCount) },
    ], { stack: 'all' })) : '',
    section('漏排查', pagedTable([
      { title: '调委会', cell: (m) => h('a', { href: `#/committee/${encodeURIComponent(m.committee.id)}` }, m.committee.name) },
      { title: '周期', cell: (m) => `${m.periodStart} 至 ${m.periodEnd}` },
    ], async (after) => (await gql(MISSED, { region, from, to, after })).screeningCompliance.missed, { emptyText: '没有漏排查的周期。', label: '漏排查' })),
    section('导出', exportButtons('/exports/screening-compliance', { regionCode: region, from, to })),
  ];
}
