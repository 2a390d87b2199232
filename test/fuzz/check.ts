/**
 * One fuzz case checked the way `rectlint check` checks a file (lintBytes: decoding, importing, the core, every
 * rule of every preset), then printed in its recipe's format (or in every format) and converted for the language
 * server. A case fails when
 * anything throws, a rule crashes (rule-error), or a position lies outside the text; its time is measured.
 */
import { loadConfig, type LoadedConfig } from '../../src/config/load-config.js';
import { presetSettings } from '../../src/config/presets.js';
import type { Diagnostic } from '../../src/core/diagnostic.js';
import type { SourcePosition } from '../../src/core/source-range.js';
import { decodeUtf8 } from '../../src/decode.js';
import { FORMAT_NAMES, loadFormatter } from '../../src/formatters/index.js';
import { PLAIN_STYLES } from '../../src/formatters/styles.js';
import type { Formatter } from '../../src/formatters/types.js';
import { readReport } from '../../src/import/read-report.js';
import { isReportFile } from '../../src/import/report-files.js';
import { toLspDiagnostic } from '../../src/lsp/lsp-diagnostics.js';
import type { FileResult } from '../../src/run/file-result.js';
import { lintBytes } from '../../src/run/lint-file.js';
import type { RuleMeta } from '../../src/rule-kit/types.js';
import type { FuzzCase } from './mutate.js';
import type { Recipe } from './recipe.js';

export interface Failure {
  /** What failed, without the case's particulars, so failures group: the property and a normalised message. */
  signature: string;
  detail: string;
}

export interface CaseReport {
  /** Checking and printing, in milliseconds: what `rectlint check --format F` spends on the file. */
  ms: number;
  /** The CPU time this process spent meanwhile: unlike `ms`, a busy machine does not inflate it. */
  cpuMs: number;
  failures: Failure[];
  diagnostics: number;
}

const TODAY = '2026-11-24';
const CWD = '/fuzz';

/** Every rule on: strict's settings, and the publication rules as the publish preset sets them. */
async function everyRuleConfig(): Promise<LoadedConfig> {
  const config = await loadConfig(undefined, process.cwd());
  const rules = [...config.registry.values()];
  const strict = presetSettings(rules, 'strict');
  const publish = presetSettings(rules, 'publish');
  for (const id of ['no-personal-data', 'disclosure-contact']) strict[id] = publish[id];
  return { ...config, settings: strict };
}

/** Digits, quoted text and long words vary between cases of one failure; the signature leaves them out. */
export function normalise(message: string): string {
  return message
    .replace(/"[^"]*"|“[^”]*”|'[^']*'/g, '"…"')
    .replace(/\d+/g, 'N')
    .replace(/\s+/g, ' ')
    .slice(0, 160);
}

/** The first frame of the project's own code in a stack, so one bug is one signature. */
function origin(error: unknown): string {
  const stack = error instanceof Error ? (error.stack ?? '') : '';
  const frame = stack.split('\n').find((line) => /\/(src|rules)\//.test(line));
  const at = frame && /\/((?:src|rules)\/[^:)]+:\d+)/.exec(frame);
  return at ? ` @ ${at[1]}` : '';
}

function describe(error: unknown): string {
  try {
    return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  } catch {
    return '(unprintable)';
  }
}

/** Line starts of a text as editors count lines: \r\n, \n and \r each end one. */
export function lineStarts(text: string): { starts: number[]; contentEnds: number[] } {
  const starts = [0];
  const contentEnds: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) {
      contentEnds.push(i);
      if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  contentEnds.push(text.length);
  return { starts, contentEnds };
}

type Lines = ReturnType<typeof lineStarts>;

/** Why a 1-based position does not lie inside the text (line ≤ last line, column ≤ the line's length + 1), or undefined. */
export function positionProblem(position: SourcePosition, text: string, lines: Lines): string | undefined {
  const { line, column, offset } = position;
  if (!Number.isInteger(line) || line < 1 || line > lines.starts.length) return `line ${line} outside 1..${lines.starts.length}`;
  const length = lines.contentEnds[line - 1] - lines.starts[line - 1];
  if (!Number.isInteger(column) || column < 1 || column > length + 1) return `column ${column} outside 1..${length + 1} of line ${line}`;
  if (!Number.isInteger(offset) || offset < 0 || offset > text.length) return `offset ${offset} outside 0..${text.length}`;
  if (lines.starts[line - 1] + column - 1 !== offset) return `offset ${offset} is not line ${line} column ${column}`;
  return undefined;
}

function rangeProblems(d: Diagnostic, text: string, lines: Lines): string[] {
  const problems: string[] = [];
  const start = positionProblem(d.range.start, text, lines);
  const end = positionProblem(d.range.end, text, lines);
  if (start) problems.push(`start ${start}`);
  if (end) problems.push(`end ${end}`);
  const { start: s, end: e } = d.range;
  if (e.line < s.line || (e.line === s.line && e.column < s.column) || e.offset < s.offset) problems.push('end before start');
  return problems;
}

/**
 * A range placed at a sheet's cell (a spreadsheet or CSV ledger) or on a PDF page gives the file's own row and
 * column (the cell's, the printed line's) as its line and column, not a line of the imported text: those must be
 * positive, and the offsets must still lie inside the text.
 */
function cellRangeProblems(d: Diagnostic, text: string): string[] {
  const problems: string[] = [];
  for (const [name, p] of [['start', d.range.start], ['end', d.range.end]] as const) {
    if (!Number.isInteger(p.line) || p.line < 1 || !Number.isInteger(p.column) || p.column < 1) problems.push(`${name} cell line ${p.line} column ${p.column} not positive`);
    if (!Number.isInteger(p.offset) || p.offset < 0 || p.offset > text.length) problems.push(`${name} offset ${p.offset} outside 0..${text.length}`);
  }
  if (d.range.end.offset < d.range.start.offset) problems.push('end before start');
  return problems;
}

/** Whether an LSP range (0-based) lies inside the editor's text. */
function lspRangeProblem(range: { start: { line: number; character: number }; end: { line: number; character: number } }, lines: Lines): string | undefined {
  for (const [name, p] of [['start', range.start], ['end', range.end]] as const) {
    if (p.line < 0 || p.line >= lines.starts.length) return `lsp ${name} line ${p.line} outside 0..${lines.starts.length - 1}`;
    const length = lines.contentEnds[p.line] - lines.starts[p.line];
    if (p.character < 0 || p.character > length) return `lsp ${name} character ${p.character} outside 0..${length}`;
  }
  const { start, end } = range;
  if (end.line < start.line || (end.line === start.line && end.character < start.character)) return 'lsp end before start';
  return undefined;
}

/** The text positions refer to: the plan's text without a BOM, the report's decoded (imported) text, or what could be read. */
async function sourceText(file: string, bytes: Uint8Array): Promise<string> {
  if (isReportFile(file)) {
    const read = await readReport(bytes, file);
    return 'error' in read ? read.text : read.imported.text;
  }
  const decoded = decodeUtf8(bytes);
  const text = 'text' in decoded ? decoded.text : decoded.validPrefix;
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export type CaseChecker = (fuzzCase: FuzzCase, recipe: Pick<Recipe, 'locale' | 'asOf' | 'format'>) => Promise<CaseReport>;

/**
 * A checker with the configuration and the formats loaded once. A case is printed in its recipe's format, as a run
 * prints a file in one (over a long run each format has its share of cases); with `everyFormat`, in all of them.
 */
export async function makeChecker({ everyFormat = false }: { everyFormat?: boolean } = {}): Promise<CaseChecker> {
  const config = await everyRuleConfig();
  const metas = new Map<string, RuleMeta>([...config.registry].map(([id, rule]) => [id, rule.meta]));
  const formatters: [string, Formatter][] = [];
  for (const name of FORMAT_NAMES) formatters.push([name, (await loadFormatter(name))!]);

  return async (fuzzCase, recipe) => {
    const failures: Failure[] = [];
    const fail = (signature: string, detail: string) => failures.push({ signature, detail });
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    let result: FileResult | undefined;
    try {
      const options = { today: TODAY, locale: recipe.locale, asOf: recipe.asOf, retainPlans: true, retainScoreDetail: true, cache: false, cwd: CWD };
      result = (await lintBytes(`${CWD}/${fuzzCase.file}`, fuzzCase.bytes, config, options)).result;
    } catch (error) {
      fail(`throw in check: ${normalise(describe(error))}${origin(error)}`, describe(error));
    }
    if (result) {
      const context = { cwd: CWD, locale: recipe.locale, chalk: PLAIN_STYLES, explainScore: true, rules: metas, version: '0.0.0' };
      for (const [name, format] of formatters) {
        if (!everyFormat && name !== recipe.format) continue;
        try {
          format([result], context);
        } catch (error) {
          fail(`throw in format ${name}: ${normalise(describe(error))}${origin(error)}`, describe(error));
        }
      }
    }
    const ms = performance.now() - started;
    const cpu = process.cpuUsage(cpuStarted);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    if (!result) return { ms, cpuMs, failures, diagnostics: 0 };

    const all = [...result.diagnostics, ...(result.suppressed ?? [])];
    for (const d of all) if (d.ruleId === 'rule-error') fail(`rule-error: ${normalise(d.message)}`, d.message);
    if (result.internalError && !all.some((d) => d.ruleId === 'rule-error')) fail('internal error without a rule-error finding', '');

    const text = await sourceText(fuzzCase.file, fuzzCase.bytes);
    const lines = lineStarts(text);
    for (const d of all) {
      const problems = d.range.place?.cell !== undefined || d.range.place?.page !== undefined ? cellRangeProblems(d, text) : rangeProblems(d, text, lines);
      for (const problem of problems) fail(`position: ${d.ruleId} ${normalise(problem)}`, `${problem} (${d.message.slice(0, 80)})`);
    }
    // The editor holds the plan's text with its BOM, if any: the language server's ranges must fit that text.
    if (!isReportFile(fuzzCase.file)) {
      const decoded = decodeUtf8(fuzzCase.bytes);
      if ('text' in decoded) {
        const editorLines = lineStarts(decoded.text);
        for (const d of all) {
          const problem = lspRangeProblem(toLspDiagnostic(d, decoded.text, metas).range, editorLines);
          if (problem) fail(`position: ${d.ruleId} ${normalise(problem)}`, problem);
        }
      }
    }
    return { ms, cpuMs, failures, diagnostics: all.length };
  };
}
