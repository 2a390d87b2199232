import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import type { FileResult } from '../run/file-result.js';
import { findingIdentity, identityKey, jsonPointer } from '../baseline/finding-identity.js';
import type { Diagnostic, RelatedLocation } from '../core/diagnostic.js';
import { CATEGORY_LABELS } from '../core/score.js';
import { verdictText } from '../core/verdict.js';
import type { SourceRange } from '../core/source-range.js';
import type { Category, Locale } from '../rule-kit/types.js';
import { describePlace } from './place.js';
import { displayName } from './report/plan-summary.js';
import { ruleCatalog, type RuleDescriptor } from './rule-catalog.js';
import type { Formatter, FormatterContext } from './types.js';

/**
 * SARIF 2.1.0, for GitHub code scanning and other SARIF viewers: every rule (and core check) in
 * `tool.driver.rules` with its Chinese and English description, each finding with its region and a fingerprint
 * that survives edits elsewhere in the file, suppressed findings included with their justification.
 */

const LEVEL = { error: 'error', warn: 'warning', info: 'note', off: 'none' } as const;
const SRCROOT = 'SRCROOT';

function driverRule(rule: RuleDescriptor, locale: FormatterContext['locale']) {
  const category = rule.category ? CATEGORY_LABELS[rule.category as Category] : undefined;
  const both = `${rule.description.zh}（${rule.description.en}）`;
  const help = [both, category ? `类别 category: ${category.zh} ${category.en}` : '', rule.basis ? `依据 basis: ${rule.basis}` : ''].filter(Boolean);
  return {
    id: rule.id,
    shortDescription: { text: locale === 'en' ? rule.description.en : rule.description.zh },
    fullDescription: { text: both },
    help: { text: help.join('\n'), markdown: help.join('\n\n') },
    ...(rule.helpUri ? { helpUri: rule.helpUri } : {}),
    defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
    properties: {
      description: { zh: rule.description.zh, en: rule.description.en },
      ...(rule.category ? { category: rule.category, tags: [rule.category] } : {}),
    },
  };
}

/** The file relative to the working directory (as a URI reference under SRCROOT), else an absolute file URI. */
function artifactLocation(file: string, cwd: string) {
  const name = displayName(file, cwd);
  return name === file ? { uri: pathToFileURL(file).href } : { uri: encodeURI(name.split('\\').join('/')), uriBaseId: SRCROOT };
}

function suppressionsOf(d: Diagnostic) {
  const s = d.suppression!;
  if (s.kind === 'baseline') return [{ kind: 'external', status: 'accepted', justification: s.reason }];
  return [
    {
      kind: 'inSource',
      status: 'accepted',
      justification: s.reason,
      properties: { ...(s.approvedBy ? { approvedBy: s.approvedBy } : {}), ...(s.until ? { until: s.until } : {}), ...(s.path ? { path: jsonPointer(s.path) } : {}) },
    },
  ];
}

/**
 * A finding's location: its region, and in a file that is not plain text (a workbook, a Word or PDF document) its
 * place as a logical location (明细!D7, 第2页第14行), with no character offsets, which would count the reader's
 * text rather than the file's.
 */
function locationOf(artifact: object, range: SourceRange, locale: Locale) {
  const { start, end } = range;
  const place = describePlace(range.place, locale);
  // Literals, not a spread of the region: spreading an object and adding to it costs Node 20 microseconds a result.
  const region = place
    ? { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column }
    : { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column, charOffset: start.offset, charLength: end.offset - start.offset };
  return {
    physicalLocation: { artifactLocation: artifact, region },
    ...(place ? { logicalLocations: [{ fullyQualifiedName: place }], properties: { place: range.place } } : {}),
  };
}

/** The plan a report dropped a problem of, another unit's copy: a place in another file (§3.27.22). */
function relatedLocation(r: RelatedLocation, id: number, cwd: string) {
  const { start, end } = r.range;
  return {
    id,
    physicalLocation: { artifactLocation: artifactLocation(r.filePath, cwd), region: { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column } },
    properties: { path: jsonPointer(r.path) },
  };
}

const sarif: Formatter = (results, context) => {
  const rules = ruleCatalog(results, context.rules);
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const sarifResults = results.flatMap((result: FileResult, artifactIndex) => {
    const occurrences = new Map<string, number>();
    const location = { ...artifactLocation(result.filePath, context.cwd), index: artifactIndex };
    const all = [...result.diagnostics, ...(result.suppressed ?? [])];
    return all.map((d) => {
      // Identical findings in one file are told apart by their order, which edits elsewhere do not change.
      const key = identityKey(findingIdentity(result.filePath, d, context.cwd));
      const occurrence = (occurrences.get(key) ?? 0) + 1;
      occurrences.set(key, occurrence);
      // Set in the order SARIF viewers show them, optional parts by assignment (see locationOf).
      const sarifResult: Record<string, unknown> = {
        ruleId: d.ruleId,
        ruleIndex: ruleIndex.get(d.ruleId)!,
        level: LEVEL[d.severity],
        message: { text: d.message },
        locations: [locationOf(location, d.range, context.locale)],
      };
      if (d.related) sarifResult.relatedLocations = d.related.map((r, id) => relatedLocation(r, id, context.cwd));
      sarifResult.partialFingerprints = { 'rectlint/v1': createHash('sha256').update(`${key}#${occurrence}`).digest('hex').slice(0, 32) };
      if (d.suppression) sarifResult.suppressions = suppressionsOf(d);
      sarifResult.properties = { path: jsonPointer(d.path), ...(d.problemId ? { problemId: d.problemId } : {}) };
      return sarifResult;
    });
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'rectlint', version: context.version, semanticVersion: context.version, rules: rules.map((rule) => driverRule(rule, context.locale)) } },
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(context.cwd.endsWith('/') ? context.cwd : `${context.cwd}/`).href } },
        artifacts: results.map((result) => ({
          location: artifactLocation(result.filePath, context.cwd),
          properties: {
            score: result.score.score,
            grade: result.score.grade.key,
            verdict: result.verdict.key,
            verdictText: verdictText(result.verdict, context.locale === 'en'),
            passMark: result.verdict.passMark,
            asOf: result.asOf,
          },
        })),
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

export default sarif;
