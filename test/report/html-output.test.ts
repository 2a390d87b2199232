import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFiles, type FileResult } from '../../src/api.js';
import type { Diagnostic } from '../../src/core/diagnostic.js';
import { escapeHtml, html, trusted } from '../../src/formatters/html/escape.js';
import { summarizePlan } from '../../src/formatters/report/plan-summary.js';
import { runCli } from '../cli/run-cli.js';
import { HOSTILE, reportFixture } from './fixture-plans.js';

describe('escaping', () => {
  it('escapes the characters that open markup or end an attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&\`</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&#96;&lt;/a&gt;');
  });

  it('the html tag escapes every interpolation except markup it built itself', () => {
    const cell = html`<td title="${HOSTILE.attribute}">${HOSTILE.script}</td>`;
    expect(cell.value).toBe('<td title="&quot;&gt;&lt;svg onload=alert(1)&gt;">&lt;script&gt;window.__pwned = 1; alert(1)&lt;/script&gt;</td>');
    expect(html`<tr>${[cell, '<b>', 3, null, undefined, false]}</tr>`.value).toBe(`<tr>${cell.value}&lt;b&gt;3</tr>`);
    expect(html`${trusted('<b>ok</b>')}`.value).toBe('<b>ok</b>');
  });
});

function diagnostic(ruleId: string, path: (string | number)[]): Diagnostic {
  const at = { line: 1, column: 1, offset: 0 };
  return { ruleId, severity: 'warn', message: ruleId, path, range: { start: at, end: at } };
}

describe('review columns, counted by rule id', () => {
  it('counts problems with an overdue or no-evidence finding once each, and missed meetings per finding', async () => {
    const root = reportFixture();
    const { results } = await lintFiles(['plans/b-weak.json'], { cwd: root });
    // Only these findings, so the counts do not move as rules are added.
    const result: FileResult = {
      ...results[0],
      diagnostics: [
        // The problem and its measure are overdue: one problem. A sub-item is a problem of its own.
        diagnostic('overdue', ['aspects', 0, 'problems', 1, 'deadline']),
        diagnostic('overdue', ['aspects', 0, 'problems', 1, 'measures', 0, 'deadline']),
        diagnostic('overdue', ['aspects', 0, 'problems', 2, 'items', 0, 'deadline']),
        diagnostic('completed-requires-evidence', ['aspects', 0, 'problems', 0, 'status']),
        diagnostic('completed-requires-evidence', ['aspects', 0, 'problems', 0, 'measures', 0, 'evidence', 0, 'date']),
        diagnostic('meeting-frequency', ['commitments', 0, 'text']),
        diagnostic('meeting-frequency', ['commitments', 0, 'text']),
        diagnostic('meeting-frequency', ['commitments', 1, 'text']),
        diagnostic('require-deadline', ['aspects', 0, 'problems', 2, 'deadline']),
      ],
    };
    expect(summarizePlan(result, root)).toMatchObject({ name: 'plans/b-weak.json', unit: '区薄弱样本局党组', overdue: 2, noEvidence: 1, missedMeetings: 3 });
  });
});

describe('the HTML document', () => {
  it('is self-contained: one script, admitted by its hash; nothing fetched; no URL anywhere', async () => {
    const root = reportFixture();
    const run = await runCli(['check', 'plans', '-f', 'html'], root);
    const page = run.stdout;
    const scripts = [...page.matchAll(/<script>([\s\S]*?)<\/script>/g)];
    expect(scripts).toHaveLength(1);
    const hash = createHash('sha256').update(scripts[0][1]).digest('base64');
    const policy = page.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/)![1].replaceAll('&#39;', "'");
    expect(policy.split('; ')).toEqual(["default-src 'none'", "style-src 'unsafe-inline'", `script-src 'sha256-${hash}'`, 'img-src data:', "base-uri 'none'", "form-action 'none'"]);
    expect(page).not.toMatch(/<(link|img|iframe|object|embed)\b/i);
    // The only URLs are the fixture plans' own text, escaped.
    expect(new Set(page.match(/https?:\/\/[^\s"&<]*/g))).toEqual(new Set(['https://example.com/', 'http://example.com']));
    expect(page).toContain(escapeHtml(HOSTILE.iframe));
  });

  it('shows the weak plan\'s review columns in its overview row', async () => {
    const root = reportFixture();
    const page = (await runCli(['check', 'plans', '-f', 'html'], root)).stdout;
    const row = page.match(/<tr data-grade="[a-z]+" data-search="区薄弱样本局党组[^"]*">([\s\S]*?)<\/tr>/)![1];
    const values = [...row.matchAll(/data-value="([^"]*)"/g)].map((m) => m[1]);
    // unit, score, grade threshold, verdict, errors, warnings, overdue, no evidence, missed meetings
    // The same run as the output's: batch rules judge the plans of a run together, so a plan's score is its round's.
    const results = (await lintFiles(['plans'], { cwd: root })).results.filter((r) => r.filePath.endsWith('b-weak.json'));
    const s = summarizePlan(results[0], root);
    expect(values).toEqual(['区薄弱样本局党组', String(s.score), String(s.grade.min), s.verdict.label.zh, ...[s.errors, s.warnings, s.overdue, 2, 1].map(String)]);
    // Problems 1.1 and 1.3.1 are done without evidence; two quarters went without the committed meeting.
    // Two missed quarters of one commitment: one meeting-frequency finding, one commitment not met.
    expect([s.noEvidence, s.missedMeetings]).toEqual([2, 1]);
    expect(s.errors).toBeGreaterThan(0);
  });

  it('gives the parse error of an unreadable plan in its section', async () => {
    const root = reportFixture();
    const page = (await runCli(['check', 'plans', '-f', 'html'], root)).stdout;
    const section = page.slice(page.indexOf('<section class="plan" id="plan-5">'));
    expect(section).toContain('文件无法作为整改方案读取，得分为 0。');
    expect(section).toMatch(/<span class="loc" title="plans\/e-broken.json:1:17">1:17<\/span><span class="msg">此处应为值<\/span><code class="rule">parse<\/code>/);
  });

  it('writes the same report with -o as on stdout', async () => {
    const root = reportFixture();
    const stdout = (await runCli(['check', 'plans', '-f', 'html'], root)).stdout;
    await runCli(['check', 'plans', '-f', 'html', '-o', 'out/report.html'], root);
    expect(readFileSync(join(root, 'out/report.html'), 'utf8')).toBe(stdout);
  });
});
