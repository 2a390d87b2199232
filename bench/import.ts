/**
 * How fast reports are imported, and imported and linted, from text: the two seeds, and a synthetic report of N
 * problems (`npm run bench:import [-- N]`, default 2000) to show that time grows with the report's length; then
 * ledger files (`npm run bench:import -- --ledgers` for those alone).
 * Prints figures; asserts nothing.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import iconv from 'iconv-lite';
import { loadConfig } from '../src/api.js';
import { lintDocument } from '../src/core/lint.js';
import { decodeText } from '../src/read/decode-text.js';
import { importedDocument } from '../src/import/document.js';
import { importReport } from '../src/import/import-report.js';

const SEEDS = resolve(import.meta.dirname, '../../shared/seeds');
/** `-- --ledgers`: only the ledger files' rows. */
const onlyLedgers = process.argv.includes('--ledgers');
const size = Number(process.argv.slice(2).find((arg) => /^\d+$/u.test(arg)) ?? 2000);
const config = await loadConfig(undefined, process.cwd());
const lintOptions = { registry: [...config.registry.values()], settings: config.settings, today: '2026-11-24', asOf: '2022-06-30' };

/** A report in report-a's style: aspects of ten problems, each with labels, an 一是… list and a status. */
function syntheticReport(problems: number): string {
  const lines = ['根据区委统一部署，区委第一巡察组对某局党组进行了巡察。2022年2月18日，巡察组向某局党组作了反馈。', '一、整改工作组织推进情况', `针对巡察反馈的${Math.ceil(problems / 10)}个方面、${problems}项问题，逐项整改。`, '二、反馈问题整改情况'];
  for (let p = 0; p < problems; p++) {
    if (p % 10 === 0) lines.push(`（${chinese(p / 10 + 1)}）第${p / 10 + 1}个方面的问题`);
    lines.push(`${(p % 10) + 1}.针对第${p + 1}项问题的整改`, '原因分析：一是思想认识不足；二是制度不健全。', '整改措施：', '一是于2022年5月底前制定《管理办法》。', '二是每季度至少召开一次专题会议。', '责任领导：党组书记 责任部门：办公室 整改时限：2022年6月30日', '整改状态：已完成');
  }
  return `${lines.join('\n')}\n`;
}

/** 1 → 一, 12 → 十二, 120 → 一百二十: the numbering of （一） headings. */
function chinese(n: number): string {
  const digits = '零一二三四五六七八九';
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const ones = n % 10;
  let out = hundreds ? `${digits[hundreds]}百` : '';
  if (tens) out += `${hundreds || tens > 1 ? digits[tens] : ''}十`;
  else if (hundreds && ones) out += '零';
  return out + (ones ? digits[ones] : '');
}

function median(run: () => void, times = 7): number {
  run();
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return samples.sort((a, b) => a - b)[Math.floor(times / 2)];
}

function textBenches(): void {
const inputs: [string, string][] = [
  ['report-a.txt', readFileSync(resolve(SEEDS, 'report-a.txt'), 'utf8')],
  ['report-b.txt', readFileSync(resolve(SEEDS, 'report-b.txt'), 'utf8')],
  [`synthetic ${size / 4} problems`, syntheticReport(size / 4)],
  [`synthetic ${size / 2} problems`, syntheticReport(size / 2)],
  [`synthetic ${size} problems`, syntheticReport(size)],
];
console.log('input                          chars   problems   import ms   µs/problem   import+lint ms');
for (const [name, text] of inputs) {
  const imported = importReport(text);
  const problems = imported.plan.aspects.reduce((n, a) => n + a.problems.length, 0);
  const importMs = median(() => importReport(text));
  const lintMs = median(() => lintDocument(importedDocument(importReport(text)), lintOptions));
  const perProblem = ((importMs * 1000) / problems).toFixed(0);
  console.log(`${name.padEnd(28)} ${String(text.length).padStart(7)} ${String(problems).padStart(10)} ${importMs.toFixed(2).padStart(11)} ${perProblem.padStart(12)} ${lintMs.toFixed(2).padStart(16)}`);
}
const gbk = iconv.encode(inputs[1][1], 'gbk');
console.log(`decode report-b as GBK (${gbk.length} bytes): ${median(() => decodeText(gbk)).toFixed(3)} ms`);

/**
 * Linearity: inputs at two sizes, the larger ten times the smaller, with time per input line. Hostile inputs that were
 * quadratic before (one 288 KB paragraph of one sentence, 32 000 labels, 40 000 declared counts or meeting
 * sentences, a paragraph of 20 000 dates, a status of 100 000 blanks, a long heading over thousands of items, one status label
 * said 30 000 times, a count of 30 000 numerals with no unit after it) and a 40 000-line report, plain and hard-wrapped.
 */
const wrapLines = (text: string, width: number) => text.split('\n').flatMap((line) => (line.length <= width ? [line] : line.match(new RegExp(`.{1,${width}}`, 'gu')) ?? []));
const scaled: [string, (n: number) => string, number][] = [
  ['report of N lines', (n) => syntheticReport(Math.round(n / 7)), 40_000],
  ['same, hard-wrapped at 20', (n) => wrapLines(syntheticReport(Math.round(n / 14)), 20).join('\n'), 40_000],
  ['one paragraph: N × 每季度…年底前', (n) => '每季度至少召开一次党组会议年底前'.repeat(n), 18_000],
  ['N × 原因分析：labels', (n) => `1.针对甲问题\n${'原因分析：认识不足。\n'.repeat(n)}`, 32_000],
  ['N × 针对巡察反馈的3个方面，', (n) => `${'针对巡察反馈的3个方面，'.repeat(n)}\n`, 40_000],
  ['N × meeting sentences', (n) => `2022年1月以来，${'召开专题会2次、'.repeat(n)}\n`, 40_000],
  ['one paragraph: N × 2022年2月18日反馈后，', (n) => `${'2022年2月18日反馈后，'.repeat(n)}\n`, 20_000],
  ['status of N blanks', (n) => `1.针对甲问题\n整改措施：建立制度\n整改状态：a${' '.repeat(n)}x\n`, 100_000],
  ['heading of 30·N chars over N items', (n) => `一、${'管'.repeat(30 * n)}\n${Array.from({ length: n }, (_, i) => `${i + 1}.台账不全\n整改措施：补齐。`).join('\n')}\n`, 2_000],
  ['one line: N × 整改状态：已完成', (n) => `1.针对甲问题\n${'整改状态：已完成'.repeat(n)}\n`, 30_000],
  ['每月召开 + N × 十 (a count unended)', (n) => `1.针对甲问题\n整改措施：每月召开${'十'.repeat(n)}\n`, 30_000],
];
/** The fastest of a few runs' CPU time (user and system), which other processes on a busy machine disturb less than the clock. */
function cpuMs(run: () => void, times = 3): number {
  run();
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < times; i++) {
    const start = process.cpuUsage();
    run();
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}
console.log('\ninput (N, then N/10)                      N  import cpu ms  N/10 cpu ms  ratio  µs per unit');
for (const [name, make, n] of scaled) {
  const large = make(n);
  const small = make(Math.round(n / 10));
  const largeMs = cpuMs(() => importReport(large));
  const smallMs = cpuMs(() => importReport(small));
  console.log(`${name.padEnd(36)} ${String(n).padStart(7)} ${largeMs.toFixed(0).padStart(14)} ${smallMs.toFixed(1).padStart(12)} ${(largeMs / smallMs).toFixed(1).padStart(6)} ${((largeMs * 1000) / n).toFixed(1).padStart(12)}`);
}
}
if (!onlyLedgers) textBenches();

/**
 * Ledger files: a 500-row .xlsx, a 500-row Word table and a 50-page PDF table, each read by rectlint (document,
 * plan and findings) and by its library alone (exceljs's load; the .docx unzipped and its XML parsed; pdf.js's text
 * and drawing of every page), each in a process of its own for its peak memory; the best of three runs.
 */
const ledgerRow = (n: number) => [String(n), `第${n}项问题：专项资金拨付不及时，部分项目资金滞留超过半年`, `1．全面清理滞留资金；2．建立资金拨付台账，每月通报进度`, '副局长 王某', '财务科', n % 3 === 0 ? '2023年5月31日' : '2024年12月31日', n % 2 === 0 ? '已完成' : '正在推进'];
const LEDGER_HEADER = ['序号', '存在问题', '整改措施', '责任领导', '责任部门', '完成时限', '整改状态'];

async function ledgerFiles(dir: string): Promise<{ name: string; file: string; unit: string }[]> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('台账');
  sheet.addRow(['某局巡察整改台账']);
  sheet.addRow(LEDGER_HEADER);
  for (let n = 1; n <= 500; n++) sheet.addRow(ledgerRow(n));
  const xlsx = join(dir, 'ledger-500.xlsx');
  await book.xlsx.writeFile(xlsx);

  const { wordDocument } = await import('../test/import/ledger-helpers.js');
  const docx = join(dir, 'ledger-500.docx');
  writeFileSync(docx, await wordDocument('某局巡察整改台账', [LEDGER_HEADER, ...Array.from({ length: 500 }, (_, i) => ledgerRow(i + 1))]));

  const { launchChromium } = await import('../test/report/browser.js');
  const browser = await launchChromium();
  const page = await browser.newPage();
  const rows = Array.from({ length: 540 }, (_, i) => `<tr>${ledgerRow(i + 1).map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('');
  await page.setContent(`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>body { font-family: "Noto Serif CJK SC", serif; font-size: 11pt; } table { border-collapse: collapse; width: 100%; } td, th { border: 1px solid #000; padding: 4px; } tr { break-inside: avoid; }</style></head><body><h3>某局巡察整改台账</h3><table><thead><tr>${LEDGER_HEADER.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows}</tbody></table></body></html>`);
  const pdf = join(dir, 'ledger.pdf');
  writeFileSync(pdf, await page.pdf({ format: 'A4', landscape: true, margin: { top: '2cm', bottom: '2cm', left: '2cm', right: '2cm' } }));
  await browser.close();
  return [
    { name: '.xlsx, 500 rows', file: xlsx, unit: 'row' },
    { name: 'Word table, 500 rows', file: docx, unit: 'row' },
    { name: 'PDF table', file: pdf, unit: 'page' },
  ];
}

function measureChild(mode: 'floor' | 'read', file: string): { ms: number; maxRssMB: number; units: number } {
  let best: { ms: number; maxRssMB: number; units: number } | undefined;
  for (let i = 0; i < 3; i++) {
    const child = spawnSync(process.execPath, ['--import', 'tsx', resolve(import.meta.dirname, 'import-child.ts'), mode, file], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(child.stderr);
    const run = JSON.parse(child.stdout.trim().split('\n').at(-1)!);
    if (!best || run.ms < best.ms) best = run;
  }
  return best!;
}

const ledgerDir = mkdtempSync(join(tmpdir(), 'rectlint-bench-'));
console.log('\nledger file                 size KB  problems  pages  read ms  per row/page  peak MB | library alone: ms  peak MB');
for (const { name, file, unit } of await ledgerFiles(ledgerDir)) {
  const read = measureChild('read', file);
  const lib = measureChild('floor', file);
  const pages = unit === 'page' ? lib.units : undefined;
  const per = read.ms / (pages ?? read.units);
  console.log(`${name.padEnd(26)} ${String(Math.round(statSync(file).size / 1024)).padStart(8)} ${String(read.units).padStart(9)} ${String(pages ?? '').padStart(6)} ${read.ms.toFixed(0).padStart(8)} ${`${per.toFixed(2)} ms/${unit}`.padStart(13)} ${read.maxRssMB.toFixed(0).padStart(8)} | ${lib.ms.toFixed(0).padStart(17)} ${lib.maxRssMB.toFixed(0).padStart(8)}`);
}
rmSync(ledgerDir, { recursive: true, force: true });
