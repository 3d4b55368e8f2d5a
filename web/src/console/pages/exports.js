// Export buttons: the download runs in the page with a progress bar, not behind a frozen button.
import { download } from '../api.js';
import { h, progress, failure } from '../ui.js';

export function exportButtons(base, params, formats = ['xlsx', 'csv']) {
  const status = h('div', { class: 'export-status', 'aria-live': 'polite' });
  const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v != null && v !== '')).toString();
  const buttons = formats.map((format) => {
    const button = h('button', { type: 'button', 'data-export': format }, format === 'xlsx' ? '下载 Excel' : '下载 CSV');
    button.addEventListener('click', async () => {
      buttons.forEach((b) => { b.disabled = true; });
      const bar = progress('正在生成报表…');
      status.replaceChildren(bar.el);
      bar.set(null);
      try {
        const { name, size } = await download(`${base}.${format}?${query}`, (f) => bar.set(f, '正在下载…'));
        status.replaceChildren(h('p', { class: 'state ok' }, `已下载 ${name}（${Math.ceil(size / 1024)} KB）`));
      } catch (e) {
        status.replaceChildren(failure(e));
      } finally {
        buttons.forEach((b) => { b.disabled = false; });
      }
    });
    return button;
  });
  return h('div', { class: 'exports' }, buttons, status);
}
