// The bureau console at /: sign in, pick a region within the jurisdiction, and read or act on one page at a time.
// Pages are modules in ./pages; each exports render(region) returning an element. Routes are #/page or #/page/id.
import './console.css';
import { session } from './session.js';
import { h } from './ui.js';
import { roles, label } from './labels.js';
import { signInPage } from './signin.js';
import { regionPicker, currentRegion } from './regions.js';
import * as staffing from './pages/staffing.js';
import * as training from './pages/training.js';
import * as cases from './pages/cases.js';
import * as roster from './pages/roster.js';
import * as certificates from './pages/certificates.js';
import * as subsidies from './pages/subsidies.js';
import * as screening from './pages/screening.js';

const pages = [
  ['staffing', '配备达标', staffing],
  ['training', '培训', training],
  ['cases', '案件', cases],
  ['roster', '名册', roster],
  ['certificates', '等级与证书', certificates],
  ['subsidies', '以案定补', subsidies],
  ['screening', '排查台账', screening],
];

const app = document.getElementById('app');

function route() {
  const [name = 'staffing', id] = location.hash.replace(/^#\/?/, '').split('/');
  return { name, id: id && decodeURIComponent(id) };
}

async function render() {
  if (!session.signedIn) {
    app.replaceChildren(await signInPage());
    return;
  }
  const { name, id } = route();
  const page = pages.find(([key]) => key === name || (name === 'committee' || name === 'mediator') && key === 'roster');
  const nav = h('nav', { class: 'tabs', 'aria-label': '功能' },
    pages.map(([key, title]) => h('a', { href: `#/${key}`, 'aria-current': page?.[0] === key ? 'page' : null }, title)));
  const main = h('main', { id: 'main', tabindex: '-1' });
  const header = h('header', { class: 'top' },
    h('div', { class: 'brand' }, h('strong', {}, '人民调解员名册'), h('span', {}, ' · 工作台')),
    regionPicker(() => render()),
    h('div', { class: 'who' },
      h('span', {}, `${label(roles, session.role)} · ${session.jurisdiction}`),
      h('a', { href: '/graphql', class: 'link' }, 'GraphiQL'),
      h('button', { type: 'button', onclick: () => session.signOut() }, '退出')));
  app.replaceChildren(header, nav, main);
  const module = page?.[2] ?? staffing;
  const region = currentRegion();
  const content = name === 'committee' ? roster.committee(id)
    : name === 'mediator' ? roster.mediator(id)
    : module.render(region);
  main.replaceChildren(content);
}

window.addEventListener('hashchange', render);
window.addEventListener('registry:session', render);
window.addEventListener('registry:region', render);
render();
