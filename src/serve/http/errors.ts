/**
 * Bad requests get a clear answer in the language of the page and nothing changes: a JSON error for the page
 * script and API clients, a short page for a browser.
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { html } from '../../formatters/html/escape.js';
import type { LocalizedText } from '../../rule-kit/types.js';
import type { AppEnv } from './env.js';
import { renderPage } from '../pages/layout.js';

/** Whether the client asked for JSON (the page script and API clients do) rather than a page. */
export function wantsJson(c: Context<AppEnv>): boolean {
  const accept = c.req.header('accept') ?? '';
  return accept.includes('application/json') && !accept.includes('text/html');
}

export function failure(c: Context<AppEnv>, status: ContentfulStatusCode, message: LocalizedText): Response {
  const locale = c.get('locale') ?? 'zh-CN';
  const text = locale === 'en' ? message.en : message.zh;
  if (wantsJson(c)) return c.json({ error: text, message }, status);
  const labels = c.get('labels');
  if (!labels) return c.text(text, status);
  const body = html`<section class="card error-card"><h1>${labels.error} ${status}</h1><p class="error-message">${text}</p><p><a href="/">${labels.back}</a></p></section>`;
  return c.html(renderPage({ labels, csrf: c.get('csrf') ?? '', path: '/', signedIn: c.get('signedIn') ?? false, title: labels.error }, body), status);
}

export const ERRORS = {
  notFound: { zh: '找不到该页面或对象', en: 'no such page or item' },
  badId: { zh: '编号无效', en: 'not a valid id' },
  csrf: { zh: '请求缺少有效的 CSRF 令牌：请刷新页面后重试', en: 'the request has no valid CSRF token: reload the page and try again' },
  crossOrigin: { zh: '拒绝来自其他网站的请求', en: 'requests from other sites are refused' },
  badHost: { zh: '请求的主机名不被接受（仅接受本机地址）', en: 'the Host of the request is not accepted (local addresses only)' },
  signIn: { zh: '请先登录', en: 'sign in first' },
  tooLarge: (limit: string) => ({ zh: `请求过大（上限 ${limit}）`, en: `the request is too large (limit ${limit})` }),
  noFiles: { zh: '请求中没有文件', en: 'the request holds no file' },
  missingField: (field: string) => ({ zh: `缺少必填项：${field}`, en: `missing field: ${field}` }),
  tooLong: (field: string, max: number) => ({ zh: `${field} 过长（至多 ${max} 字）`, en: `${field} is too long (at most ${max} characters)` }),
  badDate: { zh: '日期应为 YYYY-MM-DD', en: 'a date is YYYY-MM-DD' },
  badChoice: (field: string) => ({ zh: `${field} 的取值无效`, en: `not a valid ${field}` }),
  noSuchFinding: { zh: '该版本没有这个审核发现', en: 'this version has no such finding' },
  notChecked: { zh: '该文件尚未检查完毕', en: 'the file has not been checked yet' },
} as const;
