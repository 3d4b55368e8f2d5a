// Small DOM helpers: elements, tables, pagers, and the loading / empty / error states every page shows.

/** h('p', { class: 'x', onclick }, 'text', child) */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs ?? {})) {
    if (v == null || v === false) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'class') el.className = v;
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) if (c != null && c !== false) el.append(c instanceof Node ? c : String(c));
  return el;
}

export const loading = (what = '正在加载…') => h('p', { class: 'state loading', role: 'status' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), what);
export const empty = (what) => h('p', { class: 'state empty' }, what);
export const failure = (error) => h('p', { class: 'state error', role: 'alert' }, `出错了：${error.message ?? error}`);

/** Replaces a container's content by what an async function renders, with loading and error states. */
export async function fill(container, render, what) {
  container.replaceChildren(loading(what));
  try {
    const content = await render();
    container.replaceChildren(...[content].flat());
  } catch (e) {
    console.error(e);
    container.replaceChildren(failure(e));
  }
}

/** A table: columns [{ title, cell(row) , num }], rows. */
export function table(columns, rows, { caption, emptyText = '没有记录。' } = {}) {
  if (!rows.length) return empty(emptyText);
  return h('div', { class: 'table-wrap', tabindex: '0' },
    h('table', {},
      caption && h('caption', {}, caption),
      h('thead', {}, h('tr', {}, columns.map((c) => h('th', { scope: 'col', class: c.num ? 'num' : null }, c.title)))),
      h('tbody', {}, rows.map((r) => h('tr', {}, columns.map((c) => h('td', { class: c.num ? 'num' : null }, c.cell(r))))))));
}

/**
 * A paged connection: load(after) returns { totalCount, nodes, pageInfo }; renders a table with 上一页 / 下一页.
 * Keyset cursors only go forward, so earlier pages are remembered.
 */
export function pagedTable(columns, load, { emptyText, label } = {}) {
  const box = h('div', { class: 'paged' });
  const cursors = [null];
  let page = 0;
  async function show() {
    await fill(box, async () => {
      const conn = await load(cursors[page]);
      cursors[page + 1] = conn.pageInfo.endCursor;
      const pager = h('nav', { class: 'pager', 'aria-label': `${label ?? ''}分页` },
        h('button', { type: 'button', disabled: page === 0, onclick: () => { page--; show(); } }, '上一页'),
        h('span', {}, `共 ${conn.totalCount} 条 · 第 ${page + 1} 页`),
        h('button', { type: 'button', disabled: !conn.pageInfo.hasNextPage, onclick: () => { page++; show(); } }, '下一页'));
      return [table(columns, conn.nodes, { emptyText }), conn.totalCount ? pager : ''];
    });
  }
  show();
  return box;
}

/** A progress bar for long work (uploads, exports); fraction null = indeterminate. */
export function progress(label) {
  const bar = h('progress', { max: '1' });
  const text = h('span', {}, label);
  const el = h('div', { class: 'progress', role: 'status' }, text, bar);
  return {
    el,
    set(fraction, what) {
      if (what) text.textContent = what;
      if (fraction == null) bar.removeAttribute('value');
      else bar.value = fraction;
    },
  };
}

export const pct = (x) => (x == null ? '—' : `${(x * 100).toFixed(1)}%`);
export const num = (x) => (x == null ? '—' : Number(x).toLocaleString('zh-CN'));
export const card = (title, value, note) => h('div', { class: 'card' }, h('div', { class: 'card-title' }, title), h('div', { class: 'card-value' }, value), note && h('div', { class: 'card-note' }, note));
export const section = (title, ...children) => h('section', { class: 'panel' }, h('h2', {}, title), ...children);
export const today = () => new Date().toISOString().slice(0, 10);
