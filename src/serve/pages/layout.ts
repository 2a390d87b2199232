/**
 * The frame of every page: one stylesheet and one script, both served by the workbench itself (no CDN, no build
 * step), the CSRF token for the script's requests, the way back, the language switch.
 */
import { html, type SafeHtml } from '../../formatters/html/escape.js';
import type { UiLabels } from './labels.js';

export interface Crumb {
  text: string;
  href?: string;
}

export interface Frame {
  labels: UiLabels;
  csrf: string;
  /** The page's own path and query, for the language switch to come back to. */
  path: string;
  /** Shows "sign out" (with --auth). */
  signedIn: boolean;
  title: string;
  crumbs?: Crumb[];
}

export function csrfField(csrf: string): SafeHtml {
  return html`<input type="hidden" name="_csrf" value="${csrf}">`;
}

export function renderPage(frame: Frame, body: SafeHtml): string {
  const { labels } = frame;
  const crumbs = [{ text: labels.rounds, href: '/' }, ...(frame.crumbs ?? [])];
  const signOut = frame.signedIn ? html`<form method="post" action="/logout" class="inline">${csrfField(frame.csrf)}<button type="submit" class="link">${labels.signOut}</button></form>` : '';
  return html`<!DOCTYPE html>
<html lang="${labels.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="same-origin">
<meta name="csrf-token" content="${frame.csrf}">
<title>${frame.title} · ${labels.app}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/assets/app.css">
<script src="/assets/app.js" defer></script>
</head>
<body>
<header class="topbar"><a class="brand" href="/">${labels.app}</a><nav class="crumbs" aria-label="breadcrumb">${crumbs.map((c, i) => html`${i > 0 ? html`<span class="sep">›</span>` : ''}${c.href ? html`<a href="${c.href}">${c.text}</a>` : html`<span>${c.text}</span>`}`)}</nav><span class="spacer"></span><a class="lang" href="/lang/${labels.switchLocale}?back=${encodeURIComponent(frame.path)}" hreflang="${labels.switchLocale}">${labels.switchTo}</a>${signOut}</header>
<main class="page">
${body}
</main>
</body>
</html>
`.value;
}
