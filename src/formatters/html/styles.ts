/**
 * The report's stylesheet, inlined. System fonts only (no web font to fetch); the CJK families come first so
 * Chinese renders in a proper Hei face wherever one is installed. Print rules lay each plan out on A4 pages.
 */
export const PAGE_STYLES = `
:root {
  --ink: #1f2933; --muted: #616e7c; --faint: #9aa5b1; --line: #d9dee4; --soft: #eef1f5; --bg: #f3f5f8;
  --accent: #a3241f; --link: #1d5a99;
  --excellent: #2f7d4f; --good: #2d6aa3; --pass: #b06f0a; --fail: #b83232;
  --error: #b83232; --warn: #b7831a; --info: #3f7ab8;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; background: var(--bg); color: var(--ink); line-height: 1.55; font-size: 14px;
  font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  font-variant-numeric: tabular-nums;
}
a { color: var(--link); text-decoration: none; }
a:hover { text-decoration: underline; }
.page { max-width: 1240px; margin: 0 auto; padding: 28px 28px 48px; }
h1, h2, h3, h4 { line-height: 1.3; margin: 0; }
h2 { font-size: 18px; margin-bottom: 14px; padding-left: 10px; border-left: 4px solid var(--accent); }
h4 { font-size: 13px; color: var(--muted); font-weight: 600; margin: 18px 0 8px; letter-spacing: .02em; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }

.report-header { background: #fff; border-top: 5px solid var(--accent); border-radius: 10px; padding: 22px 26px 20px; box-shadow: 0 1px 2px rgba(16,24,40,.06); }
.report-header h1 { font-size: 26px; letter-spacing: .04em; }
.report-header .subtitle { color: var(--muted); margin-top: 4px; }
.report-header .meta { color: var(--faint); font-size: 12px; margin-top: 10px; }
.kpis { display: grid; grid-template-columns: repeat(4, minmax(0, 1fr)); gap: 12px; margin-top: 18px; padding: 0; list-style: none; }
.kpis li { background: var(--soft); border-radius: 8px; padding: 10px 14px; }
.kpis span { display: block; font-size: 12px; color: var(--muted); }
.kpis b { display: block; font-size: 24px; font-weight: 700; margin-top: 2px; }
.kpis li.alert b { color: var(--fail); }

section.card, .overview, .charts, .plan { background: #fff; border-radius: 10px; padding: 20px 22px; margin-top: 20px; box-shadow: 0 1px 2px rgba(16,24,40,.06); }

.filters { display: flex; flex-wrap: wrap; align-items: center; gap: 10px; margin-bottom: 12px; }
.filters input, .filters select { font: inherit; padding: 6px 10px; border: 1px solid var(--line); border-radius: 6px; background: #fff; color: var(--ink); }
.filters input { min-width: 260px; }
.filters input:focus, .filters select:focus { outline: 2px solid #9cc3ea; outline-offset: 0; border-color: #7aa7d6; }
#filter-count { color: var(--muted); font-size: 13px; }
.filters .hint { margin-left: auto; color: var(--faint); font-size: 12px; }

/* Long batches scroll inside the overview, under a header that stays put. */
.table-wrap { overflow: auto; max-height: 75vh; border-bottom: 1px solid var(--soft); }
.overview-table thead th { position: sticky; top: 0; z-index: 1; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; }
.num { text-align: right; }
.overview-table th { background: var(--soft); font-size: 13px; font-weight: 600; color: #3e4c59; border-bottom: 1px solid var(--line); white-space: nowrap; padding: 0; }
.overview-table th button { all: unset; cursor: pointer; display: block; padding: 9px 12px; width: 100%; box-sizing: border-box; }
.overview-table th.num button { text-align: right; }
.overview-table th button:hover { background: #e3e8ee; }
.overview-table th button:focus-visible { outline: 2px solid #9cc3ea; }
.sort-arrow::after { content: "↕"; color: var(--faint); margin-left: 4px; font-size: 11px; }
th[aria-sort="ascending"] .sort-arrow::after { content: "▲"; color: var(--accent); }
th[aria-sort="descending"] .sort-arrow::after { content: "▼"; color: var(--accent); }
.overview-table td { padding: 8px 12px; border-bottom: 1px solid var(--soft); }
.overview-table tbody tr:hover { background: #f8fafc; }
.overview-table td .file { display: block; color: var(--faint); font-size: 12px; word-break: break-all; }
.overview-table td.nz { color: var(--fail); font-weight: 600; }
.overview-table .score { font-weight: 600; }

.badge { display: inline-block; padding: 1px 8px; border-radius: 999px; font-size: 12px; font-weight: 600; white-space: nowrap; border: 1px solid transparent; }
.badge.grade-excellent { color: var(--excellent); background: #e6f2ea; border-color: #c4e0cd; }
.badge.grade-good { color: var(--good); background: #e6eff8; border-color: #c5d9ee; }
.badge.grade-pass { color: var(--pass); background: #fbf1df; border-color: #efd7ab; }
.badge.grade-fail { color: var(--fail); background: #f9e5e5; border-color: #efc4c4; }
.badge.verdict-accepted { color: var(--excellent); background: #fff; border-color: #c4e0cd; }
.badge.verdict-returned { color: #fff; background: var(--fail); border-color: var(--fail); }

.chart-grid { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 16px; }
.chart-card { margin: 0; border: 1px solid var(--soft); border-radius: 8px; padding: 12px 14px 8px; break-inside: avoid; }
.chart-card figcaption { font-weight: 600; font-size: 14px; margin-bottom: 6px; }
svg.chart { width: 100%; height: auto; display: block; overflow: visible; }
svg.chart text { font-size: 12px; fill: var(--muted); font-family: inherit; }
svg.chart .value { fill: var(--ink); font-weight: 600; }
svg.chart .bar-label { fill: var(--ink); }
svg.chart .axis-title { fill: var(--faint); }
svg.chart .grid line { stroke: #e6e9ee; stroke-width: 1; }
svg.chart .legend text { fill: var(--ink); }
svg.chart .no-data { fill: var(--faint); font-size: 14px; }

.plan-header { display: flex; gap: 20px; justify-content: space-between; align-items: flex-start; border-bottom: 1px solid var(--soft); padding-bottom: 14px; }
.plan-header h3 { font-size: 19px; }
.facts { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 4px 20px; margin: 10px 0 0; font-size: 13px; }
.facts div { display: flex; gap: 8px; min-width: 0; }
.facts dt { color: var(--muted); white-space: nowrap; }
.facts dd { margin: 0; word-break: break-all; }
.score-card { flex: none; width: 210px; border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; text-align: center; }
.score-card .big-score { font-size: 34px; font-weight: 700; line-height: 1.1; }
.score-card.grade-excellent .big-score { color: var(--excellent); }
.score-card.grade-good .big-score { color: var(--good); }
.score-card.grade-pass .big-score { color: var(--pass); }
.score-card.grade-fail .big-score { color: var(--fail); }
.score-card .verdict { margin-top: 6px; font-size: 13px; font-weight: 600; }
.score-card .verdict-accepted { color: var(--excellent); }
.score-card .verdict-returned { color: var(--fail); }
.score-card .counts { list-style: none; padding: 0; margin: 10px 0 0; font-size: 12px; text-align: left; }
.score-card .counts li { display: flex; justify-content: space-between; border-top: 1px dashed var(--soft); padding: 2px 0; color: var(--muted); }
.score-card .counts li.nz b { color: var(--fail); }
.categories ul { list-style: none; padding: 0; margin: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); gap: 8px; }
.categories li { position: relative; background: var(--soft); border-radius: 6px; padding: 6px 10px 9px; font-size: 12px; display: flex; justify-content: space-between; overflow: hidden; }
.categories li i { position: absolute; left: 0; bottom: 0; height: 3px; background: var(--good); }

.ledger { font-size: 13px; table-layout: fixed; border: 1px solid var(--line); }
.ledger th, .ledger td { border: 1px solid var(--line); padding: 6px 8px; word-wrap: break-word; overflow-wrap: anywhere; }
.ledger thead th { background: #e9edf2; font-weight: 600; }
.ledger col.c-id { width: 58px; } .ledger col.c-title { width: 27%; } .ledger col.c-resp { width: 15%; }
.ledger col.c-deadline { width: 10%; } .ledger col.c-status { width: 12%; } .ledger col.c-evidence { width: auto; } .ledger col.c-score { width: 76px; }
.ledger tr.aspect th { background: #f6efe4; color: #5b4320; font-weight: 600; }
.ledger td.id { font-weight: 600; white-space: nowrap; }
.ledger tr.depth-1 td.id { padding-left: 18px; font-weight: 400; }
.ledger tr.depth-2 td.id, .ledger tr.depth-3 td.id { padding-left: 28px; font-weight: 400; }
.ledger tr.flagged td:first-child { box-shadow: inset 3px 0 0 var(--fail); }
.ledger .sub { display: block; color: var(--muted); font-size: 12px; }
.ledger .missing { color: var(--fail); }
.ledger .nowrap { white-space: nowrap; }
.ledger tr.problem-findings td { background: #fdf7f6; border-top: none; }
.ledger tr.problem-findings td:first-child { border-right: none; }
.evidence { list-style: none; margin: 0; padding: 0; }
.evidence li + li { margin-top: 3px; }
.evidence .tag { display: inline-block; font-size: 11px; color: #3e4c59; background: var(--soft); border-radius: 4px; padding: 0 5px; margin-right: 5px; }
.evidence .ref, .evidence .date { color: var(--muted); font-size: 12px; }
.badge.status { font-weight: 500; background: var(--soft); color: #3e4c59; white-space: normal; overflow-wrap: anywhere; max-width: 100%; }
.badge.status-done, .badge.status-done-ongoing { background: #e6f2ea; color: var(--excellent); }
.badge.status-in-progress, .badge.status-basically-done, .badge.status-ongoing { background: #e6eff8; color: var(--good); }
.badge.status-not-done, .badge.status-postponed { background: #f9e5e5; color: var(--fail); }

.findings { list-style: none; margin: 0; padding: 0; font-size: 12.5px; }
.finding { display: flex; gap: 8px; align-items: baseline; padding: 2px 0; }
.finding .sev { flex: none; font-size: 11px; font-weight: 600; padding: 0 6px; border-radius: 4px; color: #fff; }
.sev-error .sev { background: var(--error); } .sev-warn .sev { background: var(--warn); } .sev-info .sev { background: var(--info); }
.finding .loc { flex: none; font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; color: var(--muted); min-width: 44px; }
.finding .msg { flex: 1 1 auto; min-width: 0; overflow-wrap: anywhere; }
.finding .rule { flex: none; font-size: 11px; color: var(--faint); }
.plan > .findings { border: 1px solid var(--line); border-radius: 6px; padding: 6px 10px; background: #fdf7f6; }
.unreadable { color: var(--fail); font-weight: 600; }
.empty { color: var(--muted); }
.back { text-align: right; font-size: 12px; margin: 10px 0 0; }
.report-footer { color: var(--faint); font-size: 12px; text-align: center; margin-top: 24px; }

@media screen and (max-width: 760px) {
  .page { padding: 12px; }
  .kpis, .chart-grid, .facts { grid-template-columns: 1fr 1fr; }
  .chart-grid { grid-template-columns: 1fr; }
  .plan-header { flex-direction: column; }
}

@page { size: A4; margin: 14mm 12mm 16mm; }
@media print {
  :root { --bg: #fff; }
  body { background: #fff; font-size: 10pt; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .page { max-width: none; padding: 0; }
  .no-print { display: none !important; }
  .report-header, section.card, .overview, .charts, .plan { box-shadow: none; border-radius: 0; padding: 0; margin-top: 8mm; }
  .report-header { border-top-width: 3px; padding-top: 4mm; }
  .charts { break-before: page; }
  .chart-grid { gap: 6mm; }
  .plan { break-before: page; margin-top: 0; }
  a { color: inherit; }
  .overview-table th button { padding: 4px 6px; }
  .sort-arrow { display: none; }
  .overview-table td { padding: 4px 6px; }
  .table-wrap { overflow: visible; max-height: none; border: none; }
  .overview-table thead th { position: static; }
  thead { display: table-header-group; }
  tr, .finding, .chart-card, .score-card { break-inside: avoid; }
  tr.problem { break-after: avoid; }
  h2, h3, h4 { break-after: avoid; }
  .ledger { font-size: 9pt; }
  .kpis { gap: 3mm; margin-top: 4mm; }
  .kpis li { padding: 2mm 3mm; }
  .kpis b { font-size: 15pt; }
  .report-header h1 { font-size: 18pt; }
  .ledger col.c-id { width: 13mm; } .ledger col.c-score { width: 18mm; }
  .score-card { width: 50mm; }
}
`;
