// 以案定补: the subsidy statement and claims are being built in the API (DESIGN.md's contract: subsidyStatement,
// subsidyClaims, createSubsidyClaim, submitSubsidyClaim, approveSubsidyClaim, rejectSubsidyClaim,
// markSubsidyClaimPaid). Until the schema has them this page says so; the page itself is the hook to fill in.
import { gql } from '../api.js';
import { h, fill, empty } from '../ui.js';

export function render() {
  const box = h('div', { class: 'page' }, h('h1', {}, '以案定补'));
  const body = h('div');
  box.append(body);
  fill(body, async () => {
    const { __schema } = await gql('{ __schema { queryType { fields { name } } } }');
    const ready = __schema.queryType.fields.some((f) => f.name === 'subsidyStatement');
    return ready ? empty('以案定补接口已上线，本页面尚待完成。请暂用 GraphiQL 查询 subsidyStatement。')
      : empty('以案定补功能尚未上线：服务端还没有 subsidyStatement。');
  });
  return box;
}
