// 等级与证书: certificates that expire soon, and mediators serving without a valid certificate.
import { gql } from '../api.js';
import { h, section, pagedTable, empty } from '../ui.js';
import { exportButtons } from './exports.js';

const EXPIRING = `query Expiring($region: String!, $days: Int!, $after: String) {
  expiringCertificates(regionCode: $region, withinDays: $days, first: 10, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { number validUntil issuer { name } holder { id name } }
  }
}`;
const UNCERTIFIED = `query Uncertified($region: String!, $after: String) {
  uncertifiedServing(regionCode: $region, first: 10, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id name appointments { committee { name } endDate } }
  }
}`;

export function render(region) {
  if (!region) return empty('请先选择区域。');
  const days = h('select', { id: 'within-days', 'aria-label': '到期天数' }, [30, 90, 180, 365].map((d) => h('option', { value: d, selected: d === 90 }, `${d} 天内`)));
  const expiring = h('div');
  const show = () => expiring.replaceChildren(
    pagedTable([
      { title: '证书编号', cell: (c) => c.number },
      { title: '持证人', cell: (c) => h('a', { href: `#/mediator/${encodeURIComponent(c.holder.id)}` }, c.holder.name) },
      { title: '有效期至', cell: (c) => c.validUntil },
      { title: '发证机关', cell: (c) => c.issuer.name },
    ], async (after) => (await gql(EXPIRING, { region, days: Number(days.value), after })).expiringCertificates,
    { emptyText: '没有即将到期的证书。', label: '即将到期' }),
    exportButtons('/exports/expiring-certificates', { regionCode: region, withinDays: days.value }));
  days.addEventListener('change', show);
  show();
  return h('div', { class: 'page' },
    h('div', { class: 'page-head' }, h('h1', {}, '等级与证书')),
    section('即将到期的证书', h('label', { for: 'within-days' }, '到期 ', days), expiring),
    section('在岗未持有效证书', pagedTable([
      { title: '调解员', cell: (m) => h('a', { href: `#/mediator/${encodeURIComponent(m.id)}` }, m.name) },
      { title: '所在调委会', cell: (m) => m.appointments.filter((a) => !a.endDate).map((a) => a.committee.name).join('、') || '—' },
    ], async (after) => (await gql(UNCERTIFIED, { region, after })).uncertifiedServing, { emptyText: '所有在岗调解员均持有效证书。', label: '未持证' }),
    exportButtons('/exports/uncertified-serving', { regionCode: region })));
}
