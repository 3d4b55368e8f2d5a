// 培训: who is behind on this year's training and why, hours by tier and form, scheduling and sign-in sheets.
import { gql, mutate } from '../api.js';
import { h, fill, card, section, num, pagedTable, table, empty, pct, today } from '../ui.js';
import { tiers, forms, topics, lacks, label } from '../labels.js';
import { bars } from '../charts.js';
import { uploadForm } from './upload.js';

const REPORT = `query Training($region: String!, $year: Int!) {
  trainingCompliance(regionCode: $region, year: $year) {
    asOf mediatorCount compliantCount
    hoursByTier { tier hours attendanceCount }
    hoursByForm { form hours attendanceCount }
  }
}`;
const BEHIND = `query Behind($region: String!, $year: Int!, $after: String) {
  trainingCompliance(regionCode: $region, year: $year) {
    behind(first: 10, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      nodes { mediator { id name } hours requiredHours practicalCount requiredPracticalSessions lacks { kind missing message } }
    }
  }
}`;
const SESSIONS = `query Sessions($region: String, $after: String) {
  trainingSessions(regionCode: $region, first: 10, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id title date hours tier form isPractical attendances(first: 1) { totalCount } }
  }
}`;
const SCHEDULE = `mutation Schedule($input: ScheduleTrainingSessionInput!) {
  scheduleTrainingSession(input: $input) { trainingSession { id title date } userErrors { field message code } }
}`;

export function render(region) {
  if (!region) return empty('请先选择区域。');
  const year = h('select', { id: 'year', 'aria-label': '年度' },
    [0, 1, 2].map((d) => new Date().getFullYear() - d).map((y) => h('option', { value: y }, `${y} 年`)));
  const body = h('div');
  const load = () => fill(body, () => report(region, Number(year.value)), '正在统计培训情况…');
  year.addEventListener('change', load);
  load();
  return h('div', { class: 'page' },
    h('div', { class: 'page-head' }, h('h1', {}, '培训'), h('label', { for: 'year' }, '年度 ', year)),
    body,
    section('安排培训', scheduleForm(region)),
    section('培训场次与签到表', sessions(region)));
}

async function report(region, year) {
  const { trainingCompliance: r } = await gql(REPORT, { region, year });
  const behind = pagedTable([
    { title: '调解员', cell: (b) => h('a', { href: `#/mediator/${encodeURIComponent(b.mediator.id)}` }, b.mediator.name) },
    { title: '学时 / 要求', cell: (b) => `${num(b.hours)} / ${num(b.requiredHours)}`, num: true },
    { title: '实训 / 要求', cell: (b) => `${b.practicalCount} / ${b.requiredPracticalSessions}`, num: true },
    { title: '差什么', cell: (b) => b.lacks.map((l) => h('span', { class: 'badge bad' }, label(lacks, l.kind))) },
    { title: '说明', cell: (b) => b.lacks.map((l) => l.message).join(' ') },
  ], async (after) => (await gql(BEHIND, { region, year, after })).trainingCompliance.behind,
  { emptyText: '所有调解员均已完成本年度培训要求。', label: '未完成名单' });
  const noHours = !r.hoursByTier.length && !r.hoursByForm.length;
  return [
    h('div', { class: 'cards' },
      card('调解员', num(r.mediatorCount)),
      card('已完成要求', num(r.compliantCount), pct(r.mediatorCount ? r.compliantCount / r.mediatorCount : null)),
      card('未完成', num(r.mediatorCount - r.compliantCount))),
    section('未完成培训要求的调解员', behind),
    noHours ? section('学时分布', empty('本年度尚无培训学时。'))
      : h('div', { class: 'grid2' },
        section('按培训层级的学时', bars('按层级学时', r.hoursByTier.map((t) => label(tiers, t.tier)), [{ name: '学时', values: r.hoursByTier.map((t) => t.hours) }])),
        section('按培训形式的学时', bars('按形式学时', r.hoursByForm.map((f) => label(forms, f.form)), [{ name: '学时', values: r.hoursByForm.map((f) => f.hours) }]))),
  ];
}

function scheduleForm(region) {
  const field = (id, text, el) => [h('label', { for: id }, text), el];
  const title = h('input', { id: 'session-title', required: true, maxlength: '200' });
  const date = h('input', { id: 'session-date', type: 'date', value: today(), required: true });
  const hours = h('input', { id: 'session-hours', type: 'number', step: '0.5', min: '0', value: '4', required: true });
  const tier = h('select', { id: 'session-tier' }, Object.entries(tiers).map(([v, t]) => h('option', { value: v, selected: v === 'COUNTY' }, t)));
  const form = h('select', { id: 'session-form' }, Object.entries(forms).map(([v, t]) => h('option', { value: v }, t)));
  const topicBoxes = Object.entries(topics).map(([v, t]) => h('label', { class: 'check' }, h('input', { type: 'checkbox', value: v, checked: v === 'MEDIATION_SKILLS' }), t));
  const practical = h('input', { type: 'checkbox', id: 'session-practical' });
  const status = h('div', { 'aria-live': 'polite' });
  const button = h('button', { type: 'submit', class: 'primary' }, '安排');
  const el = h('form', { class: 'form grid-form' },
    field('session-title', '名称', title), field('session-date', '日期', date), field('session-hours', '学时', hours),
    field('session-tier', '层级', tier), field('session-form', '形式', form),
    h('fieldset', {}, h('legend', {}, '内容'), topicBoxes),
    h('label', { class: 'check' }, practical, '属于实训'), button, status);
  el.addEventListener('submit', async (e) => {
    e.preventDefault();
    button.disabled = true;
    status.replaceChildren(h('p', { class: 'state loading' }, '正在保存…'));
    try {
      const { trainingSession: s } = await mutate(SCHEDULE, {
        input: {
          organiserRegionCode: region, title: title.value, date: date.value, hours: Number(hours.value), tier: tier.value,
          form: form.value, topics: topicBoxes.map((l) => l.firstChild).filter((c) => c.checked).map((c) => c.value), isPractical: practical.checked,
        },
      }, 'scheduleTrainingSession');
      status.replaceChildren(h('p', { class: 'state ok' }, `已安排：${s.title}（${s.date}）。可在下方上传签到表。`));
      window.dispatchEvent(new Event('registry:sessions'));
    } catch (err) {
      status.replaceChildren(h('p', { class: 'state error', role: 'alert' }, err.message));
    } finally {
      button.disabled = false;
    }
  });
  return el;
}

function sessions(region) {
  const box = h('div');
  let chosen = null;
  const upload = uploadForm({
    id: 'attendance-file',
    label: '签到表（CSV：身份证号、姓名、学时、状态）',
    accept: '.csv,text/csv',
    url: () => chosen && `/imports/training-sessions/${encodeURIComponent(chosen)}/attendance`,
    describe: (b) => `已导入 ${b.recorded} 人次（新增 ${b.created}，更新 ${b.updated}）。`,
  });
  const picked = h('p', { class: 'note' }, '请在表中选择一个场次，再上传签到表。');
  const list = () => pagedTable([
    { title: '名称', cell: (s) => s.title },
    { title: '日期', cell: (s) => s.date },
    { title: '学时', cell: (s) => s.hours, num: true },
    { title: '层级', cell: (s) => label(tiers, s.tier) },
    { title: '形式', cell: (s) => label(forms, s.form) },
    { title: '签到人次', cell: (s) => s.attendances.totalCount, num: true },
    { title: '', cell: (s) => h('button', { type: 'button', 'data-session': s.id, onclick: () => { chosen = s.id; picked.textContent = `上传到：${s.title}（${s.date}）`; } }, '选择') },
  ], async (after) => (await gql(SESSIONS, { region, after })).trainingSessions, { emptyText: '尚无培训场次。', label: '培训场次' });
  box.append(list(), picked, upload);
  window.addEventListener('registry:sessions', () => box.firstChild.replaceWith(list()));
  return box;
}
