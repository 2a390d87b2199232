/**
 * The workbench's stylesheet, served as /assets/app.css: the HTML report's (the same cards, badges, charts and
 * 台账), then what the workbench adds (top bar, forms, upload, the document with its marks, the review panel).
 * System fonts only; nothing fetched.
 */
import { PAGE_STYLES } from '../../formatters/html/styles.js';

const WORKBENCH_STYLES = `
[hidden] { display: none !important; }
.topbar { position: sticky; top: 0; z-index: 5; display: flex; align-items: center; gap: 14px; padding: 8px 28px; background: #fff; border-bottom: 3px solid var(--accent); box-shadow: 0 1px 2px rgba(16,24,40,.06); }
.topbar .brand { font-weight: 700; color: var(--accent); letter-spacing: .03em; }
.topbar .crumbs { display: flex; gap: 6px; align-items: center; color: var(--muted); min-width: 0; overflow: hidden; white-space: nowrap; text-overflow: ellipsis; }
.topbar .crumbs .sep { color: var(--faint); }
.topbar .spacer { flex: 1; }
.page { max-width: 1440px; }
.card h1 { font-size: 22px; margin-bottom: 8px; }
.card h2 { margin-top: 4px; }
.card h3 { font-size: 15px; margin: 14px 0 6px; }
.meta, .hint, .when, .file { color: var(--muted); font-size: 12.5px; }
.file { display: block; word-break: break-all; }
form.inline { display: inline; }
form.stack { display: grid; gap: 10px; max-width: 720px; }
form.stack label { display: grid; gap: 4px; font-weight: 600; font-size: 13px; }
fieldset { border: 1px solid var(--line); border-radius: 6px; padding: 8px 12px; }
legend { font-weight: 600; font-size: 13px; padding: 0 4px; }
label.choice { display: flex !important; gap: 6px; align-items: center; font-weight: 400 !important; }
input[type=text], input[type=date], input[type=password], input[type=search], select, textarea { font: inherit; padding: 6px 10px; border: 1px solid var(--line); border-radius: 6px; background: #fff; color: var(--ink); }
textarea { resize: vertical; width: 100%; }
button, .button { font: inherit; font-size: 13px; padding: 5px 12px; border: 1px solid var(--line); border-radius: 6px; background: #fff; color: var(--ink); cursor: pointer; display: inline-block; }
button:hover, .button:hover { background: var(--soft); text-decoration: none; }
button.primary { background: var(--accent); border-color: var(--accent); color: #fff; }
button.primary:hover { background: #8a1e1a; }
button.link { border: none; background: none; color: var(--link); padding: 0; }
.form-error, .error-message { color: var(--fail); font-weight: 600; }
table.list { font-size: 13px; }
table.list th, table.list td { padding: 7px 10px; border-bottom: 1px solid var(--soft); }
table.list th { background: var(--soft); font-weight: 600; }
.round-header .kpis { grid-template-columns: repeat(8, minmax(0, 1fr)); }
.exports { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; margin: 14px 0 0; color: var(--muted); }

.dropzone { border: 2px dashed var(--line); border-radius: 10px; padding: 18px 20px; text-align: center; background: #fafbfc; }
.dropzone.over { border-color: var(--link); background: #eef5fc; }
.dropzone.busy { opacity: .7; }
.dropzone label.button input { display: none; }
.dropzone.scripted .no-js-only { display: none; }
.outcome { margin-top: 12px; }
.outcome ul, .outcome-list { list-style: none; padding: 0; margin: 6px 0; font-size: 13px; max-height: 260px; overflow: auto; }
.outcome li, .outcome-list li { padding: 3px 8px; border-left: 3px solid var(--line); margin-bottom: 2px; }
.outcome li.accepted, .outcome-list li.accepted { border-color: var(--excellent); }
.outcome li.duplicate, .outcome-list li.duplicate { border-color: var(--warn); }
.outcome li.rejected, .outcome-list li.rejected { border-color: var(--fail); color: var(--fail); }
.progress { margin-top: 12px; display: flex; gap: 10px; align-items: center; }
.progress progress { width: 320px; height: 12px; }
.unfiled td.reason { color: var(--fail); font-size: 12.5px; }
.badge.review-pending { color: #3e4c59; background: var(--soft); border-color: var(--line); }
.badge.review-returned { color: var(--fail); background: #f9e5e5; border-color: #efc4c4; }
.badge.review-passed { color: var(--excellent); background: #e6f2ea; border-color: #c4e0cd; }

.unit-header { display: flex; gap: 20px; justify-content: space-between; align-items: flex-start; }
.unit-titles { min-width: 0; flex: 1; }
.unit-header .command { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 11.5px; color: var(--faint); word-break: break-all; }
.unit-header .score-card .as-of { font-size: 12px; color: var(--muted); margin: 6px 0 0; }
.score-card .verdict .label { display: block; font-weight: 400; color: var(--muted); font-size: 11px; }
details.rename summary, details.accept summary, details.comment summary { cursor: pointer; color: var(--link); font-size: 12.5px; }
nav.versions { background: #fff; border-radius: 10px; padding: 10px 22px; margin-top: 14px; display: flex; gap: 14px; align-items: center; flex-wrap: wrap; box-shadow: 0 1px 2px rgba(16,24,40,.06); }
nav.versions h3 { margin: 0; font-size: 14px; }
nav.versions ol { list-style: none; display: flex; gap: 8px; padding: 0; margin: 0; flex-wrap: wrap; }
nav.versions li { border: 1px solid var(--line); border-radius: 6px; padding: 2px 8px; }
nav.versions li .file { display: inline; }
nav.versions li.current { border-color: var(--accent); background: #fbeeed; }
.workspace { display: grid; grid-template-columns: minmax(0, 3fr) minmax(320px, 2fr); gap: 16px; align-items: start; }
.workspace > .card { margin-top: 16px; }
.source-wrap { overflow: auto; max-height: 78vh; border: 1px solid var(--soft); border-radius: 6px; }
table.source { font-size: 13px; border-collapse: collapse; width: 100%; }
table.source th.ln { width: 1%; padding: 0 8px; text-align: right; color: var(--faint); font-weight: 400; background: #fafbfc; border-right: 1px solid var(--soft); user-select: none; vertical-align: top; }
table.source th.ln a { color: inherit; }
table.source td.gutter { width: 1%; white-space: nowrap; padding: 0 4px; vertical-align: top; }
table.source td.code { white-space: pre-wrap; overflow-wrap: anywhere; padding: 1px 8px; font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Noto Sans Mono CJK SC", monospace; }
table.source tr:target, table.source .cell-line:target { background: #fff4c2; }
table.source tr.flagged td.code { background: #fffaf2; }
table.source tr.flagged.sev-error td.code { background: #fdf1f1; }
mark { background: #ffe7a3; color: inherit; border-bottom: 2px solid var(--warn); cursor: pointer; }
mark.sev-error { background: #f9d6d6; border-color: var(--error); }
mark.sev-info { background: #dcebf8; border-color: var(--info); }
mark.point { background: none; border: none; color: var(--error); font-weight: 700; padding: 0 1px; }
.fnum { display: inline-block; min-width: 18px; padding: 0 4px; margin-right: 2px; border-radius: 9px; font-size: 11px; font-weight: 700; text-align: center; color: #fff; background: var(--muted); }
.fnum.sev-error { background: var(--error); } .fnum.sev-warn { background: var(--warn); } .fnum.sev-info { background: var(--info); }
a.fnum:hover { text-decoration: none; filter: brightness(1.1); }
table.doc-table { border-collapse: collapse; margin: 6px 0; white-space: normal; font-family: inherit; }
table.doc-table td { border: 1px solid var(--line); padding: 4px 6px; vertical-align: top; min-width: 40px; }
table.doc-table .cell-line { display: block; }
table.doc-table .cell-line a.ln { color: var(--faint); font-size: 10px; margin-right: 4px; }
.findings-panel { max-height: 86vh; overflow: auto; position: sticky; top: 60px; }
ol.finding-list { list-style: none; padding: 0; margin: 0; }
ol.finding-list li.finding { display: block; border: 1px solid var(--soft); border-left: 4px solid var(--line); border-radius: 6px; padding: 8px 10px; margin-bottom: 8px; font-size: 13px; }
ol.finding-list li.finding.sev-error { border-left-color: var(--error); }
ol.finding-list li.finding.sev-warn { border-left-color: var(--warn); }
ol.finding-list li.finding.sev-info { border-left-color: var(--info); }
ol.finding-list li.finding:target { box-shadow: 0 0 0 2px #9cc3ea; }
ol.finding-list li.is-accepted { opacity: .75; }
.finding .head { display: flex; gap: 8px; align-items: center; }
.finding p { margin: 4px 0; }
.finding .where { font-size: 12px; }
.finding .accepted { color: var(--excellent); font-size: 12.5px; }
.finding-comment { background: var(--soft); border-radius: 4px; padding: 3px 8px; font-size: 12.5px; }
.ledger-texts { table-layout: auto; }
.ledger-texts ol.texts { margin: 0; padding-left: 18px; }
.review .history, .review .comments { padding-left: 18px; }
.compare-grid { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 0 16px; }
.compare-list { padding-left: 18px; font-size: 13px; }
.compare-list li { margin-bottom: 4px; }
.compare-list .finding { display: list-item; }
.compare-list .where { font-size: 12px; margin-left: 4px; }
.login { max-width: 420px; margin: 60px auto; }
@media screen and (max-width: 1000px) {
  .workspace, .compare-grid { grid-template-columns: 1fr; }
  .round-header .kpis { grid-template-columns: repeat(4, minmax(0, 1fr)); }
  .findings-panel { position: static; max-height: none; }
}
`;

export const APP_STYLES = `${PAGE_STYLES}\n${WORKBENCH_STYLES}`;
