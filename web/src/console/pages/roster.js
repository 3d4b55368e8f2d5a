// 名册: search committees and mediators; a committee's roster; a mediator's record. Personal data comes masked or
// whole as the API decides for the caller.
import { gql } from '../api.js';
import { h, fill, section, pagedTable, table, empty, num, pct } from '../ui.js';
import { kinds, employment, appointmentRoles, certStatuses, label } from '../labels.js';

const COMMITTEES = `query Committees($region: String, $search: String, $after: String) {
  committees(regionCode: $region, search: $search, first: 10, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id name kind region { name } mediatorCount fullTimeMediatorCount }
  }
}`;
const MEDIATORS = `query Mediators($region: String, $search: String, $after: String) {
  mediators(regionCode: $region, search: $search, first: 10, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id name gender employment }
  }
}`;

export function render(region) {
  const search = h('input', { id: 'roster-search', type: 'search', placeholder: '名称或姓名的一部分', 'aria-label': '搜索' });
  const results = h('div');
  const run = () => {
    const q = search.value.trim() || null;
    results.replaceChildren(
      section('调委会', pagedTable([
        { title: '名称', cell: (c) => h('a', { href: `#/committee/${encodeURIComponent(c.id)}` }, c.name) },
        { title: '类型', cell: (c) => label(kinds, c.kind) },
        { title: '所在地', cell: (c) => c.region.name },
        { title: '调解员', cell: (c) => c.mediatorCount, num: true },
        { title: '专职', cell: (c) => c.fullTimeMediatorCount, num: true },
      ], async (after) => (await gql(COMMITTEES, { region: region || null, search: q, after })).committees, { emptyText: '没有找到调委会。', label: '调委会' })),
      section('调解员', pagedTable([
        { title: '姓名', cell: (m) => h('a', { href: `#/mediator/${encodeURIComponent(m.id)}` }, m.name) },
        { title: '性别', cell: (m) => (m.gender === 'FEMALE' ? '女' : '男') },
        { title: '现任', cell: (m) => label(employment, m.employment) },
      ], async (after) => (await gql(MEDIATORS, { region: region || null, search: q, after })).mediators, { emptyText: '没有找到调解员。', label: '调解员' })));
  };
  const form = h('form', { class: 'search', role: 'search', onsubmit: (e) => { e.preventDefault(); run(); } }, search, h('button', { type: 'submit' }, '搜索'));
  run();
  return h('div', { class: 'page' }, h('div', { class: 'page-head' }, h('h1', {}, '名册')), form, results);
}

const COMMITTEE = `query Committee($id: ID!) {
  node(id: $id) { ... on Committee {
    id name kind region { name code } establishedOn dissolvedOn hasFullTimeConditions stars mediatorCount fullTimeMediatorCount address
    appointments { mediator { id name } role employment startDate endDate }
  } }
}`;

export function committee(id) {
  const box = h('div', { class: 'page' });
  fill(box, async () => {
    const c = (await gql(COMMITTEE, { id })).node;
    if (!c) return empty('没有这个调委会。');
    return [
      h('p', {}, h('a', { href: '#/roster' }, '‹ 名册')),
      h('h1', {}, c.name),
      h('dl', { class: 'facts' },
        h('dt', {}, '类型'), h('dd', {}, label(kinds, c.kind)),
        h('dt', {}, '所在地'), h('dd', {}, `${c.region.name}（${c.region.code}）`),
        h('dt', {}, '成立日期'), h('dd', {}, c.establishedOn),
        c.dissolvedOn && [h('dt', {}, '撤销日期'), h('dd', {}, c.dissolvedOn)],
        h('dt', {}, '有条件配备专职'), h('dd', {}, c.hasFullTimeConditions ? '是' : '否'),
        h('dt', {}, '星级'), h('dd', {}, c.stars ? '★'.repeat(c.stars) : '未评'),
        h('dt', {}, '调解员 / 专职'), h('dd', { 'data-testid': 'committee-counts' }, `${c.mediatorCount} / ${c.fullTimeMediatorCount}`)),
      section('现任调解员', table([
        { title: '姓名', cell: (a) => h('a', { href: `#/mediator/${encodeURIComponent(a.mediator.id)}` }, a.mediator.name) },
        { title: '职务', cell: (a) => label(appointmentRoles, a.role) },
        { title: '专兼职', cell: (a) => label(employment, a.employment) },
        { title: '聘任起', cell: (a) => a.startDate },
      ], c.appointments, { emptyText: '目前没有在任调解员。' })),
    ];
  });
  return box;
}

const MEDIATOR = `query Mediator($id: ID!, $year: Int!, $from: Date!, $to: Date!) {
  node(id: $id) { ... on Mediator {
    id name gender birthDate idNumber phone education background
    appointments { committee { id name } role employment startDate endDate }
    certificate { number status validUntil }
    grade { level assessedOn }
    trainingRecord(year: $year) { hours practicalCount sessionCount attendances { session { title date } hours status } }
    caseStats(from: $from, to: $to) { cases writtenAgreements oralAgreements agreementRate coMediated }
  } }
}`;

export function mediator(id) {
  const box = h('div', { class: 'page' });
  const year = new Date().getFullYear();
  fill(box, async () => {
    const m = (await gql(MEDIATOR, { id, year, from: `${year}-01-01`, to: `${year}-12-31` })).node;
    if (!m) return empty('没有这位调解员。');
    const personal = (v) => v ?? h('span', { class: 'muted' }, '无权查看');
    return [
      h('p', {}, h('a', { href: '#/roster' }, '‹ 名册')),
      h('h1', {}, m.name),
      h('dl', { class: 'facts' },
        h('dt', {}, '性别'), h('dd', {}, m.gender === 'FEMALE' ? '女' : '男'),
        h('dt', {}, '身份证号'), h('dd', { 'data-testid': 'id-number' }, personal(m.idNumber)),
        h('dt', {}, '电话'), h('dd', {}, personal(m.phone)),
        h('dt', {}, '出生日期'), h('dd', {}, personal(m.birthDate)),
        h('dt', {}, '等级'), h('dd', {}, m.grade ? `${m.grade.level}（${m.grade.assessedOn} 评定）` : '未评定'),
        h('dt', {}, '证书'), h('dd', {}, m.certificate ? `${m.certificate.number} · ${label(certStatuses, m.certificate.status)} · 有效期至 ${m.certificate.validUntil}` : '无有效证书')),
      section('聘任', table([
        { title: '调委会', cell: (a) => h('a', { href: `#/committee/${encodeURIComponent(a.committee.id)}` }, a.committee.name) },
        { title: '职务', cell: (a) => label(appointmentRoles, a.role) },
        { title: '专兼职', cell: (a) => label(employment, a.employment) },
        { title: '起', cell: (a) => a.startDate },
        { title: '止', cell: (a) => a.endDate ?? '至今' },
      ], m.appointments, { emptyText: '没有聘任记录。' })),
      section(`${year} 年培训`, h('p', {}, `共 ${num(m.trainingRecord.hours)} 学时，${m.trainingRecord.sessionCount} 场，其中实训 ${m.trainingRecord.practicalCount} 场。`),
        table([
          { title: '培训', cell: (a) => a.session.title }, { title: '日期', cell: (a) => a.session.date },
          { title: '学时', cell: (a) => a.hours, num: true },
        ], m.trainingRecord.attendances, { emptyText: '本年度尚无培训记录。' })),
      section(`${year} 年案件`, h('p', {}, `主办结案 ${m.caseStats.cases} 件（书面协议 ${m.caseStats.writtenAgreements}，口头协议 ${m.caseStats.oralAgreements}，成功率 ${pct(m.caseStats.agreementRate)}），协办 ${m.caseStats.coMediated} 件。`)),
    ];
  });
  return box;
}
