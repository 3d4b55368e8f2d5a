// The region the pages report on: the jurisdiction or any region below it, picked by walking the region tree.
import { gql } from './api.js';
import { session } from './session.js';
import { h } from './ui.js';

const KEY = 'registry.region';

export function currentRegion() {
  const saved = sessionStorage.getItem(KEY);
  const j = session.jurisdiction;
  if (saved && (j === 'CN' || saved.startsWith(j))) return saved;
  return j === 'CN' ? '' : j;
}

function choose(code) {
  sessionStorage.setItem(KEY, code);
  window.dispatchEvent(new Event('registry:region'));
}

const query = `query Region($code: String!) {
  region(code: $code) { code name level children { code name }
    parent { code name parent { code name parent { code name parent { code name } } } } }
}`;

export function regionPicker() {
  const el = h('div', { class: 'picker', role: 'group', 'aria-label': '区域' });
  const code = currentRegion();
  const j = session.jurisdiction;
  if (!code) {
    const input = h('input', { id: 'region-code', inputmode: 'numeric', placeholder: '区划代码，如 13', 'aria-label': '区划代码' });
    el.append(h('form', { onsubmit: (e) => { e.preventDefault(); if (input.value.trim()) choose(input.value.trim()); } }, input, h('button', {}, '查看')));
    return el;
  }
  el.append(h('span', { class: 'state' }, '…'));
  gql(query, { code }).then(({ region }) => {
    const chain = [];
    for (let r = region; r; r = r.parent) chain.unshift(r);
    const inside = chain.filter((r) => j === 'CN' || r.code.startsWith(j));
    const crumbs = inside.map((r, i) => i === inside.length - 1
      ? h('strong', { 'aria-current': 'location' }, r.name)
      : h('button', { type: 'button', class: 'crumb', onclick: () => choose(r.code) }, r.name));
    const children = region.children.length
      ? h('select', { 'aria-label': '下级区域', id: 'child-region', onchange: (e) => e.target.value && choose(e.target.value) },
        h('option', { value: '' }, `下级区域（${region.children.length}）…`),
        region.children.map((c) => h('option', { value: c.code }, c.name)))
      : null;
    el.replaceChildren(h('span', { class: 'crumbs' }, crumbs.flatMap((c, i) => (i ? [' › ', c] : [c]))), children ?? '');
    if (j === 'CN') el.append(h('button', { type: 'button', class: 'crumb', onclick: () => choose('') }, '全国'));
  }).catch((e) => el.replaceChildren(h('span', { class: 'state error' }, e.message)));
  return el;
}
