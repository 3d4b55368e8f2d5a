// Sign-in: on the embedded default a development sign-in (pick a role and a jurisdiction); elsewhere a real token.
import { session } from './session.js';
import { h, failure } from './ui.js';
import { roles } from './labels.js';

async function devOptions() {
  try {
    const r = await fetch('/dev/sign-in', { headers: { Accept: 'application/json', 'Accept-Language': 'zh-CN' } });
    return r.ok ? await r.json() : null;
  } catch {
    return null;
  }
}

export async function signInPage() {
  const options = await devOptions();
  const status = h('div', { 'aria-live': 'assertive' });
  const box = h('main', { id: 'main', class: 'signin' },
    h('h1', {}, '人民调解员名册 · 工作台'),
    h('p', { class: 'lead' }, '司法局、培训组织者与财务人员在此查阅配备达标、培训、案件与名册。'));

  if (options) {
    const role = h('select', { id: 'role', name: 'role' }, options.roles.map((r) => h('option', { value: r }, `${roles[r] ?? r}（${r}）`)));
    const juris = h('select', { id: 'jurisdiction', name: 'jurisdiction' },
      options.jurisdictions.map((j) => h('option', { value: j.code }, `${j.name}（${j.code}）`)));
    const form = h('form', { class: 'form' },
      h('p', { class: 'note' }, '开发环境登录：仅在内置 SQLite 数据库上提供，正式部署请使用令牌。'),
      h('label', { for: 'role' }, '角色'), role,
      h('label', { for: 'jurisdiction' }, '辖区'), juris,
      h('button', { type: 'submit', class: 'primary' }, '登录'), status);
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      status.replaceChildren(h('p', { class: 'state loading' }, '正在登录…'));
      const r = await fetch('/dev/sign-in', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Accept-Language': 'zh-CN' },
        body: JSON.stringify({ role: role.value, jurisdiction: juris.value }),
      });
      const body = await r.json().catch(() => ({}));
      if (r.ok) { location.hash = '#/staffing'; session.signIn(body.token); } else status.replaceChildren(failure(body.errors?.[0]?.message ?? `HTTP ${r.status}`));
    });
    box.append(form);
  }

  const token = h('textarea', { id: 'token', rows: '3', placeholder: 'eyJhbGciOi…' });
  const tokenForm = h('form', { class: 'form' },
    h('label', { for: 'token' }, '访问令牌（由本单位管理员签发）'), token,
    h('button', { type: 'submit', class: options ? null : 'primary' }, '使用令牌登录'));
  tokenForm.addEventListener('submit', (e) => {
    e.preventDefault();
    const value = token.value.trim().replace(/^Bearer\s+/i, '');
    if (value.split('.').length !== 3) { status.replaceChildren(failure('这不是有效的令牌。')); return; }
    session.signIn(value);
  });
  box.append(tokenForm);
  if (!options) box.append(status);
  return box;
}
