// 案件: case statistics by month and by category, and the case sheet upload.
import { gql } from '../api.js';
import { h, fill, card, section, num, pct, empty } from '../ui.js';
import { categories, label } from '../labels.js';
import { bars, pie } from '../charts.js';
import { uploadForm } from './upload.js';

const pad = (n) => String(n).padStart(2, '0');
const lastDay = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** One caseStatistics per month of the year, by alias, in one request; the API does the counting. */
function document(year) {
  const months = Array.from({ length: 12 }, (_, i) => i + 1).map((m) =>
    `m${m}: caseStatistics(regionCode: $region, from: "${year}-${pad(m)}-01", to: "${year}-${pad(m)}-${lastDay(year, m)}") { totals { cases writtenAgreements oralAgreements failed } }`);
  return `query Cases($region: String!, $from: Date!, $to: Date!) {
    year: caseStatistics(regionCode: $region, from: $from, to: $to) {
      totals { cases writtenAgreements oralAgreements failed decided agreementRate oralAgreementShare averageDaysToClose enteredLate turnedCriminal }
      byCategory { category stats { cases } }
    }
    ${months.join('\n')}
  }`;
}

export function render(region) {
  if (!region) return empty('请先选择区域。');
  const year = h('select', { id: 'case-year', 'aria-label': '年度' },
    [0, 1, 2].map((d) => new Date().getFullYear() - d).map((y) => h('option', { value: y }, `${y} 年`)));
  const body = h('div');
  const platform = h('input', { id: 'source-platform', value: '工作台上传', maxlength: '50' });
  const load = () => fill(body, () => report(region, Number(year.value)), '正在统计案件…');
  year.addEventListener('change', load);
  load();
  return h('div', { class: 'page' },
    h('div', { class: 'page-head' }, h('h1', {}, '案件'), h('label', { for: 'case-year' }, '结案年度 ', year)),
    body,
    section('上传案件表', h('label', { for: 'source-platform' }, '来源平台 ', platform), uploadForm({
      id: 'case-file',
      label: '案件表（CSV 或 XLSX，列名如 案件编号、调委会ID、纠纷类别、受理日期、结案日期、调解结果）',
      url: () => `/imports/cases?sourcePlatform=${encodeURIComponent(platform.value.trim())}`,
      describe: (b) => `已导入：新增 ${b.created} 件，更新 ${b.updated} 件。`,
    })));
}

async function report(region, year) {
  const data = await gql(document(year), { region, from: `${year}-01-01`, to: `${year}-12-31` });
  const t = data.year.totals;
  const months = Array.from({ length: 12 }, (_, i) => data[`m${i + 1}`].totals);
  const byCategory = data.year.byCategory.filter((c) => c.stats.cases > 0);
  return [
    h('div', { class: 'cards' },
      card('结案', num(t.cases)), card('书面协议', num(t.writtenAgreements)), card('口头协议', num(t.oralAgreements)),
      card('调解成功率', pct(t.agreementRate)), card('口头协议占比', pct(t.oralAgreementShare)),
      card('平均办结天数', t.averageDaysToClose == null ? '—' : t.averageDaysToClose.toFixed(1)),
      card('逾期录入', num(t.enteredLate)), card('民转刑', num(t.turnedCriminal))),
    t.cases === 0 ? section('统计图', empty(`${year} 年尚无结案记录。`)) : h('div', { class: 'grid2' },
      section('按月结案', bars('按月结案数', months.map((_, i) => `${i + 1}月`), [
        { name: '书面协议', values: months.map((m) => m.writtenAgreements) },
        { name: '口头协议', values: months.map((m) => m.oralAgreements) },
        { name: '调解不成', values: months.map((m) => m.failed) },
      ], { stack: 'all' })),
      section('按纠纷类别', pie('按纠纷类别结案数', byCategory.map((c) => ({ name: label(categories, c.category), value: c.stats.cases }))))),
  ];
}
