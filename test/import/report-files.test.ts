import { describe, expect, it } from 'vitest';
import { fileFormat, READABLE_EXTENSIONS, REPORT_EXTENSIONS, reportFormat } from '../../src/import/report-files.js';

describe('fileFormat: what rectlint check reads a file as', () => {
  it('reads .json as a plan and each report extension as its report format, whatever the case', () => {
    expect(fileFormat('plans/a.json')).toBe('json');
    expect(fileFormat('A.JSON')).toBe('json');
    for (const extension of REPORT_EXTENSIONS) {
      expect(fileFormat(`报告${extension}`)).toBe(reportFormat(`x${extension}`));
      expect(fileFormat(`报告${extension.toUpperCase()}`)).toBe(reportFormat(`x${extension}`));
    }
  });

  it('knows no other type, and lists exactly the extensions it reads', () => {
    for (const name of ['a.png', 'a.json.exe', 'a', '.json.bak', 'a.jsonc']) expect(fileFormat(name)).toBeUndefined();
    expect(READABLE_EXTENSIONS).toEqual(['.json', ...REPORT_EXTENSIONS]);
    for (const extension of READABLE_EXTENSIONS) expect(fileFormat(`x${extension}`)).toBeDefined();
  });
});
