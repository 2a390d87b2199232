import { describe, expect, it } from 'vitest';
import builtIn from '../../rules/index.js';

const templates = builtIn.rules.flatMap((rule) => Object.entries(rule.meta.messages ?? {}).map(([id, message]) => ({ rule: rule.meta.id, id, ...message })));

describe('every message of every built-in rule, in both locales', () => {
  it('has no "(s)" plurals, no "held 0", no placeholder said twice', () => {
    expect(templates.length).toBeGreaterThan(60);
    for (const t of templates) {
      const where = `${t.rule}/${t.id}`;
      expect(t.en, where).not.toMatch(/\(s\)|held \{\{|held 0/);
      for (const text of [t.zh, t.en]) {
        // A measure word (个, 项) may stand by each number; anything else said twice repeats the message.
        const placeholders = [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).filter((name) => name !== 'counter');
        expect(placeholders.length, `${where}: ${text}`).toBe(new Set(placeholders).size);
      }
      // English is English: Chinese appears only through the plan's own words (placeholders) or quoted terms.
      expect(t.en.replace(/\{\{\w+\}\}/g, '').replace(/"[^"]*"/g, '').replace(/such as [\u4e00-\u9fff]+|with 等/g, ''), where).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('prints no raw keyword list: the rules whose options are word lists say what they mean in words', () => {
    for (const t of templates) expect(`${t.zh} ${t.en}`, `${t.rule}/${t.id}`).not.toMatch(/\{\{(reasons|words|vagueWords|keywords)\}\}/);
  });

});
