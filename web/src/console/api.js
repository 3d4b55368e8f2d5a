// Every action goes through /graphql or the service's HTTP endpoints; messages come from the API in Chinese
// (Accept-Language: zh-CN), so the console keeps no copy of them.
import { session } from './session.js';

const LANG = 'zh-CN';

function headers(extra = {}) {
  const h = { 'Accept-Language': LANG, ...extra };
  if (session.token) h.Authorization = `Bearer ${session.token}`;
  return h;
}

/** An error to show as it is: the API's own (Chinese) message. */
export class ApiError extends Error {
  constructor(message, details = []) {
    super(message);
    this.details = details;
  }
}

async function messageOf(response) {
  try {
    const body = await response.json();
    const errors = body.errors ?? [];
    if (errors.length) return new ApiError(errors.map((e) => e.message).join('；'), errors);
  } catch { /* not JSON */ }
  if (response.status === 401) return new ApiError('登录已失效，请重新登录。');
  return new ApiError(`服务返回错误（HTTP ${response.status}）。`);
}

/** Runs a GraphQL document; returns data, or throws the first errors' messages. */
export async function gql(query, variables = {}) {
  let response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: headers({ 'Content-Type': 'application/json', Accept: 'application/graphql-response+json' }),
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new ApiError('无法连接服务，请检查网络后重试。');
  }
  if (response.status === 401) session.expired();
  const body = await response.json().catch(() => null);
  if (!body) throw new ApiError(`服务返回错误（HTTP ${response.status}）。`);
  if (body.errors?.length) throw new ApiError(body.errors.map((e) => e.message).join('；'), body.errors);
  return body.data;
}

/** A mutation: returns its payload, or throws its userErrors (each with field, code and the API's message). */
export async function mutate(query, variables, name) {
  const payload = (await gql(query, variables))[name];
  if (payload.userErrors?.length) throw new ApiError(payload.userErrors.map((e) => e.message).join('；'), payload.userErrors);
  return payload;
}

/**
 * Uploads a file with progress (XMLHttpRequest reports upload progress; fetch does not).
 * Resolves with { status, body } for 2xx and 422 (row errors), rejects with the API's message otherwise.
 */
export function upload(url, file, onProgress) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    for (const [k, v] of Object.entries(headers())) xhr.setRequestHeader(k, v);
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress?.(e.loaded / e.total, 'upload');
    xhr.upload.onload = () => onProgress?.(1, 'server');
    xhr.onerror = () => reject(new ApiError('上传失败：无法连接服务。'));
    xhr.onload = () => {
      let body = null;
      try { body = JSON.parse(xhr.responseText); } catch { /* empty */ }
      if ((xhr.status >= 200 && xhr.status < 300) || xhr.status === 422) resolve({ status: xhr.status, body });
      else reject(new ApiError(body?.errors?.map((e) => e.message).join('；') ?? `上传失败（HTTP ${xhr.status}）。`, body?.errors ?? []));
    };
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}

/** Downloads an export with progress, then hands it to the browser as a file. */
export async function download(url, onProgress) {
  let response;
  try {
    response = await fetch(url, { headers: headers() });
  } catch {
    throw new ApiError('下载失败：无法连接服务。');
  }
  if (!response.ok) throw await messageOf(response);
  const total = Number(response.headers.get('Content-Length')) || 0;
  const reader = response.body.getReader();
  const chunks = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.length;
    onProgress?.(total ? received / total : null);
  }
  const name = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(response.headers.get('Content-Disposition') ?? '')?.[1] ?? 'export';
  const blob = new Blob(chunks, { type: response.headers.get('Content-Type') ?? 'application/octet-stream' });
  const link = Object.assign(document.createElement('a'), { href: URL.createObjectURL(blob), download: decodeURIComponent(name) });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  return { name, size: received };
}
