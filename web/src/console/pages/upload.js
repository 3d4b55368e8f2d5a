// Upload a sheet (CSV or XLSX) with progress; row errors come back from the API (in Chinese) and are listed.
import { upload } from '../api.js';
import { h, progress, failure, table } from '../ui.js';

export function uploadForm({ id, label, url, describe, accept = '.csv,.xlsx' }) {
  const input = h('input', { type: 'file', id, accept });
  const button = h('button', { type: 'submit', class: 'primary' }, '上传');
  const result = h('div', { class: 'upload-result', 'aria-live': 'polite' });
  const form = h('form', { class: 'form upload' }, h('label', { for: id }, label), input, button, result);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const file = input.files[0];
    if (!file) { result.replaceChildren(failure('请先选择文件。')); return; }
    const target = typeof url === 'function' ? url() : url;
    if (!target) return;
    button.disabled = true;
    const bar = progress('正在上传…');
    result.replaceChildren(bar.el);
    try {
      const { status, body } = await upload(target, file, (f, phase) => bar.set(phase === 'server' ? null : f, phase === 'server' ? '服务正在逐行检查…' : '正在上传…'));
      if (status === 422 || body?.errors?.length) {
        result.replaceChildren(
          h('p', { class: 'state error', role: 'alert' }, `未导入：共 ${body.errorCount ?? body.errors.length} 处错误，整表未写入。请改正后重新上传。`),
          table([
            { title: '行', cell: (e) => e.row ?? '—', num: true },
            { title: '列', cell: (e) => e.column ?? e.field ?? '—' },
            { title: '错误', cell: (e) => e.message },
            { title: '代码', cell: (e) => h('code', {}, e.code) },
          ], body.errors, { caption: '逐行错误' }));
      } else {
        result.replaceChildren(h('p', { class: 'state ok', role: 'status' }, describe(body)));
      }
    } catch (err) {
      result.replaceChildren(failure(err));
    } finally {
      button.disabled = false;
    }
  });
  return form;
}
