/**
 * pdf.js runs with one bound tightened (src/read/pdf/bounded-worker.ts): a font's ToUnicode range of more than
 * 65 536 codes is skipped. The fixture is a printed report whose font map a damaged stream turned into a range of
 * 10.6 million codes: pdf.js spent seconds filling it and its garbage replaced the font's real map, so every line
 * read as noise. With the bound the range is skipped and the report reads.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { boundedWorkerSource } from '../../src/read/pdf/bounded-worker.js';
import { checkFile, problemsOf } from '../import/ledger-helpers.js';

const DAMAGED = new Uint8Array(readFileSync(new URL('../fixtures/pdf/damaged-to-unicode-range.pdf', import.meta.url)));

describe('pdf.js with a bound on ToUnicode ranges', () => {
  it('is patched in the installed pdf.js (an upgrade that moves the statement fails here)', () => {
    const { source, bounded } = boundedWorkerSource();
    expect(bounded).toBe(true);
    expect(source.match(/if \(high - low > 65535\) \{\n\s+throw new Error\("mapBfRange/gu)).toHaveLength(1);
  });

  it('skips a range of millions of codes, and the report’s own text reads', async () => {
    const { imported } = await checkFile(DAMAGED, 'report.pdf', '2024-12-01');
    expect(problemsOf(imported).map((p) => p.id)).toEqual(['1.1', '1.2', '1.3', '2.4', '2.5', '2.6', '3.7', '3.8', '3.9']);
    // The one line left unread is the addressee, with a glyph the damage did change.
    expect(imported.plan['x-unrecognized' as never]).toEqual(['区委巡察工作领导小组ꉗ']);
  });
});
