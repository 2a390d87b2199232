/**
 * How fast reports are imported, and imported and linted, from text: the two seeds, and a synthetic report of N
 * problems (`npm run bench:import [-- N]`, default 2000) to show that time grows with the report's length.
 * Prints figures; asserts nothing.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import iconv from 'iconv-lite';
import { loadConfig } from '../src/api.js';
import { lintDocument } from '../src/core/lint.js';
import { decodeText } from '../src/read/decode-text.js';
import { importedDocument } from '../src/import/document.js';
import { importReport } from '../src/import/import-report.js';

const SEEDS = resolve(import.meta.dirname, '../../shared/seeds');
const size = Number(process.argv[2] ?? 2000);
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
 * sentences, a status of 100 000 blanks) and a 40 000-line report, plain and hard-wrapped.
 */
const wrapLines = (text: string, width: number) => text.split('\n').flatMap((line) => (line.length <= width ? [line] : line.match(new RegExp(`.{1,${width}}`, 'gu')) ?? []));
const scaled: [string, (n: number) => string, number][] = [
  ['report of N lines', (n) => syntheticReport(Math.round(n / 7)), 40_000],
  ['same, hard-wrapped at 20', (n) => wrapLines(syntheticReport(Math.round(n / 14)), 20).join('\n'), 40_000],
  ['one paragraph: N × 每季度…年底前', (n) => '每季度至少召开一次党组会议年底前'.repeat(n), 18_000],
  ['N × 原因分析：labels', (n) => `1.针对甲问题\n${'原因分析：认识不足。\n'.repeat(n)}`, 32_000],
  ['N × 针对巡察反馈的3个方面，', (n) => `${'针对巡察反馈的3个方面，'.repeat(n)}\n`, 40_000],
  ['N × meeting sentences', (n) => `2022年1月以来，${'召开专题会2次、'.repeat(n)}\n`, 40_000],
  ['status of N blanks', (n) => `1.针对甲问题\n整改措施：建立制度\n整改状态：a${' '.repeat(n)}x\n`, 100_000],
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
