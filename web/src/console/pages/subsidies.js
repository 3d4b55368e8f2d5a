// 以案定补: the subsidy statement of a region and period (every fen explained by the API), and the claims made from it.
// Amounts are whole fen from the API, shown in yuan. Rules, figures and messages are the API's; the console only
// labels enum values and shows buttons by role (the API still decides who may do what: four eyes, SAME_PERSON).
import { gql, mutate } from '../api.js';
import { session } from '../session.js';
import { h, fill, card, section, num, pct, table, pagedTable, empty, failure } from '../ui.js';
import { roles, subsidyReasons, claimStatuses, label } from '../labels.js';
import { pie } from '../charts.js';
import { exportButtons } from './exports.js';

const STATEMENT = `query Statement($region: String!, $from: Date!, $to: Date!) {
  subsidyStatement(regionCode: $region, from: $from, to: $to) {
    totals { amount amountBeforeCap lines payableLines cases }
    byReason { reason lines amount }
  }
}`;
const BY_MEDIATOR = `query ByMediator($region: String!, $from: Date!, $to: Date!, $after: String) {
  subsidyStatement(regionCode: $region, from: $from, to: $to) {
    byMediator(first: 10, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      nodes { mediator { id name } amountBeforeCap amount lines payableLines cases }
    }
  }
}`;
const LINES = `query Lines($region: String!, $from: Date!, $to: Date!, $payable: Boolean, $after: String) {
  subsidyStatement(regionCode: $region, from: $from, to: $to) {
    lines(payable: $payable, first: 10, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      nodes { externalNumber closedOn isLead share levelName coefficient personPercent amountBeforeCap amount reason rule
        mediator { id name } committee { name } }
    }
  }
}`;
const CLAIM_FIELDS = `id regionCode from to status amount lineCount payableLineCount createdBy submittedBy paidOn paymentReference version
  history { sequence statusAfter by byRole at note }`;
const CLAIMS = `query Claims($region: String!, $statuses: [ClaimStatus!], $after: String) {
  subsidyClaims(regionCode: $region, statuses: $statuses, first: 10, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { ${CLAIM_FIELDS} }
  }
}`;
const CREATE = `mutation Create($input: CreateSubsidyClaimInput!) {
  createSubsidyClaim(input: $input) { claim { id } userErrors { field code message } }
}`;
const step = (name, input) => `mutation Step($input: ${input}!) {
  ${name}(input: $input) { claim { id status } userErrors { field code message } }
}`;

/** Fen as ¥ with two decimals. */
export const yuan = (fen) => (fen == null ? '—' : `¥${(Number(fen) / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`);

// Buttons by role only; the API checks the permission and the four-eyes rule itself.
const prepares = () => session.role === 'FINANCE_CLERK';
const approves = () => session.role === 'FINANCE_APPROVER';

/** The quarters to pick from: the current one and the seven before it, newest first. */
function quarters(todayText) {
  const [y, m] = todayText.split('-').map(Number);
  const list = [];
  let year = y;
  let q = Math.floor((m - 1) / 3) + 1;
  for (let i = 0; i < 8; i++) {
    const from = `${year}-${String((q - 1) * 3 + 1).padStart(2, '0')}-01`;
    const last = new Date(Date.UTC(year, q * 3, 0)).getUTCDate();
    const to = `${year}-${String(q * 3).padStart(2, '0')}-${last}`;
    list.push({ value: `${from}/${to}`, text: `${year}年第${q}季度`, from, to });
    q--;
    if (q === 0) { q = 4; year--; }
  }
  return list;
}

export function render(region) {
  if (!region) return empty('请先选择区域。');
  const todayText = new Date().toISOString().slice(0, 10);
  const options = quarters(todayText);
  const initial = options[1]; // the last whole quarter
  const quarter = h('select', { id: 'subsidy-quarter', 'aria-label': '季度' },
    h('option', { value: '' }, '自定义期间'), options.map((o) => h('option', { value: o.value, selected: o === initial }, o.text)));
  const from = h('input', { type: 'date', id: 'subsidy-from', value: initial.from, 'aria-label': '结案日期自' });
  const to = h('input', { type: 'date', id: 'subsidy-to', value: initial.to, 'aria-label': '结案日期至' });
  const statementBox = h('div', { class: 'subsidy-statement' });
  const claimsBox = h('div', { class: 'subsidy-claims' });
  const period = () => ({ from: from.value, to: to.value });
  let generation = 0;

  const showStatement = () => {
    const p = period();
    if (!p.from || !p.to) { statementBox.replaceChildren(empty('请选择期间。')); return; }
    // Only the latest period is shown: an earlier request that answers late keeps what is there.
    const mine = ++generation;
    fill(statementBox, async () => {
      const content = await statement(region, p, () => claims.reload());
      return mine === generation ? content : [...statementBox.childNodes];
    }, '正在计算补贴明细…');
  };
  quarter.addEventListener('change', () => {
    const o = options.find((x) => x.value === quarter.value);
    if (o) { from.value = o.from; to.value = o.to; showStatement(); }
  });
  for (const input of [from, to]) input.addEventListener('change', () => { quarter.value = ''; showStatement(); });

  const claims = claimsPanel(region, claimsBox);
  showStatement();
  claims.reload();
  return h('div', { class: 'page' },
    h('div', { class: 'page-head' }, h('h1', {}, '以案定补'),
      h('div', { class: 'filters' }, h('label', { for: 'subsidy-quarter' }, '期间 ', quarter),
        h('label', { for: 'subsidy-from' }, ' 自 ', from), h('label', { for: 'subsidy-to' }, ' 至 ', to))),
    // The claims come first: the statement below takes seconds for a province and grows as its tables fill, and
    // above the claims it pushed their buttons down while someone was aiming at them.
    section('补贴申报', claimsBox),
    statementBox);
}

async function statement(region, p, created) {
  const { subsidyStatement: s } = await gql(STATEMENT, { region, ...p });
  const t = s.totals;
  const cards = h('div', { class: 'cards', 'data-testid': 'subsidy-totals' },
    card('补贴金额', yuan(t.amount), `封顶前 ${yuan(t.amountBeforeCap)}`),
    card('可发放明细', `${num(t.payableLines)} / ${num(t.lines)}`, '可发放 / 全部'),
    card('案件', num(t.cases)));
  const reasons = s.byReason.filter((r) => r.lines > 0);
  const byReason = table([
    { title: '原因', cell: (r) => label(subsidyReasons, r.reason) },
    { title: '明细数', cell: (r) => num(r.lines), num: true },
    { title: '金额', cell: (r) => yuan(r.amount), num: true },
  ], reasons, { emptyText: '本期间没有结案的案件。' });
  const chart = reasons.length ? pie('按原因的明细数', reasons.map((r) => ({ name: label(subsidyReasons, r.reason), value: r.lines }))) : '';

  const byMediator = pagedTable([
    { title: '调解员', cell: (m) => h('a', { href: `#/mediator/${encodeURIComponent(m.mediator.id)}` }, m.mediator.name) },
    { title: '案件', cell: (m) => num(m.cases), num: true },
    { title: '可发放 / 明细', cell: (m) => `${num(m.payableLines)} / ${num(m.lines)}`, num: true },
    { title: '封顶前', cell: (m) => yuan(m.amountBeforeCap), num: true },
    { title: '封顶后（应发）', cell: (m) => yuan(m.amount), num: true },
  ], async (after) => (await gql(BY_MEDIATOR, { region, ...p, after })).subsidyStatement.byMediator,
  { emptyText: '本期间没有调解员的补贴明细。', label: '按调解员' });

  const payable = h('select', { id: 'lines-payable', 'aria-label': '明细范围' },
    h('option', { value: '' }, '全部明细'), h('option', { value: 'true' }, '仅可发放'), h('option', { value: 'false' }, '仅不发放'));
  const linesBox = h('div');
  const showLines = () => linesBox.replaceChildren(pagedTable([
    { title: '案件编号', cell: (l) => l.externalNumber },
    { title: '结案日期', cell: (l) => l.closedOn },
    { title: '调解员', cell: (l) => h('span', {}, h('a', { href: `#/mediator/${encodeURIComponent(l.mediator.id)}` }, l.mediator.name), l.isLead ? '（主办）' : '') },
    { title: '调委会', cell: (l) => l.committee.name },
    { title: '份额', cell: (l) => pct(l.share), num: true },
    { title: '等级 / 系数', cell: (l) => `${l.levelName ?? '未定级'} × ${l.coefficient}`, num: true },
    { title: '发放比例', cell: (l) => `${l.personPercent}%`, num: true },
    { title: '封顶前', cell: (l) => yuan(l.amountBeforeCap), num: true },
    { title: '金额', cell: (l) => yuan(l.amount), num: true },
    { title: '原因', cell: (l) => h('span', { class: l.amount > 0 ? 'badge ok' : 'badge' }, label(subsidyReasons, l.reason)) },
    { title: '计算规则', cell: (l) => h('span', { class: 'rule' }, l.rule) },
  ], async (after) => (await gql(LINES, { region, ...p, payable: payable.value === '' ? null : payable.value === 'true', after })).subsidyStatement.lines,
  { emptyText: '没有符合条件的明细。', label: '明细' }));
  payable.addEventListener('change', showLines);
  showLines();

  const createStatus = h('div', { class: 'create-status', 'aria-live': 'polite' });
  const create = prepares() && h('button', {
    type: 'button', class: 'primary', id: 'create-claim',
    onclick: async (e) => {
      e.target.disabled = true;
      try {
        await mutate(CREATE, { input: { regionCode: region, ...p } }, 'createSubsidyClaim');
        createStatus.replaceChildren(h('p', { class: 'state ok' }, `已按 ${p.from} 至 ${p.to} 创建申报草稿。`));
        created();
      } catch (err) {
        createStatus.replaceChildren(failure(err));
      } finally {
        e.target.disabled = false;
      }
    },
  }, '按本期间创建申报');

  return [
    h('div', { class: 'cards-row' }, cards),
    section('补贴明细', h('p', { class: 'note' }, `结案日期 ${p.from} 至 ${p.to}`),
      exportButtons('/exports/subsidy-statement', { regionCode: region, ...p }), create || '', createStatus),
    section('按原因', byReason, chart),
    section('按调解员（封顶前 / 封顶后）', byMediator),
    section('明细', h('label', { for: 'lines-payable' }, '范围 ', payable), linesBox),
  ];
}

function claimsPanel(region, box) {
  const status = h('select', { id: 'claim-status', 'aria-label': '申报状态' },
    h('option', { value: '' }, '全部状态'), Object.entries(claimStatuses).map(([v, t]) => h('option', { value: v }, t)));
  const list = h('div');
  const reload = () => list.replaceChildren(pagedTable([
    { title: '期间', cell: (c) => `${c.from} 至 ${c.to}` },
    { title: '状态', cell: (c) => h('span', { class: 'badge', 'data-status': c.status }, label(claimStatuses, c.status)) },
    { title: '金额', cell: (c) => yuan(c.amount), num: true },
    { title: '可发放 / 明细', cell: (c) => `${num(c.payableLineCount)} / ${num(c.lineCount)}`, num: true },
    { title: '经办', cell: (c) => fourEyes(c) },
    { title: '经过', cell: (c) => history(c) },
    { title: '操作', cell: (c) => actions(c, reload) },
  ], async (after) => (await gql(CLAIMS, { region, statuses: status.value ? [status.value] : null, after })).subsidyClaims,
  { emptyText: '没有符合条件的申报。', label: '申报' }));
  status.addEventListener('change', reload);
  box.replaceChildren(h('label', { for: 'claim-status' }, '状态 ', status), list);
  return { reload };
}

function fourEyes(c) {
  return h('div', { class: 'four-eyes' },
    h('div', {}, `创建人：${c.createdBy}`),
    c.submittedBy ? h('div', {}, `提交人：${c.submittedBy}；审批须由另一人完成`) : '');
}

function history(c) {
  return h('ol', { class: 'claim-history' }, c.history.map((e) => h('li', {},
    `${e.at.replace('T', ' ').slice(0, 16)} ${e.by}（${label(roles, e.byRole)}）→ ${label(claimStatuses, e.statusAfter)}`,
    e.note ? `：${e.note}` : '')));
}

function actions(c, reload) {
  const out = h('div', { class: 'claim-actions', 'data-claim': c.id });
  const result = h('div', { class: 'claim-result', 'aria-live': 'assertive' });
  const run = async (name, input, extra) => {
    out.querySelectorAll('button').forEach((b) => { b.disabled = true; });
    try {
      await mutate(step(name, input), { input: { claimId: c.id, ...extra } }, name);
      reload();
    } catch (err) {
      result.replaceChildren(failure(err));
      out.querySelectorAll('button').forEach((b) => { b.disabled = false; });
    }
  };
  const buttons = [];
  if (c.status === 'DRAFT' && prepares()) buttons.push(h('button', { type: 'button', onclick: () => run('submitSubsidyClaim', 'ClaimInput') }, '提交审批'));
  if (c.status === 'SUBMITTED' && approves()) buttons.push(h('button', { type: 'button', class: 'primary', onclick: () => run('approveSubsidyClaim', 'ClaimInput') }, '批准'));
  if ((c.status === 'DRAFT' || c.status === 'SUBMITTED') && approves()) {
    const reason = h('input', { type: 'text', 'aria-label': '驳回理由', placeholder: '驳回理由' });
    buttons.push(h('span', { class: 'inline-form' }, reason,
      h('button', { type: 'button', onclick: () => run('rejectSubsidyClaim', 'RejectClaimInput', { reason: reason.value }) }, '驳回')));
  }
  if (c.status === 'APPROVED' && prepares()) {
    const paidOn = h('input', { type: 'date', 'aria-label': '支付日期', value: new Date().toISOString().slice(0, 10) });
    const reference = h('input', { type: 'text', 'aria-label': '支付凭证号', placeholder: '支付凭证号' });
    buttons.push(h('span', { class: 'inline-form' }, paidOn, reference,
      h('button', { type: 'button', onclick: () => run('markSubsidyClaimPaid', 'MarkClaimPaidInput', { paidOn: paidOn.value, paymentReference: reference.value }) }, '登记支付')));
  }
  if (c.status === 'PAID') buttons.push(h('span', {}, `已于 ${c.paidOn} 支付，凭证 ${c.paymentReference}`));
  out.append(...buttons, result);
  return out;
}
