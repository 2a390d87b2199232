/** The sign-in page (with `--auth`). */
import { html } from '../../formatters/html/escape.js';
import { csrfField, renderPage, type Frame } from './layout.js';

export function loginPage(frame: Frame, next: string, error?: string): string {
  const { labels } = frame;
  const body = html`<section class="card login"><h1>${labels.signInTitle}</h1>${error ? html`<p class="form-error" role="alert">${error}</p>` : ''}<form method="post" action="/login" class="stack">${csrfField(frame.csrf)}<input type="hidden" name="next" value="${next}"><label>${labels.password}<input type="password" name="password" required autocomplete="current-password" autofocus></label><p><button type="submit" class="primary">${labels.signIn}</button></p></form></section>`;
  return renderPage({ ...frame, title: labels.signIn, crumbs: [] }, body);
}
