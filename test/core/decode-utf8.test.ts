import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from '../../src/decode.js';

describe('decodeUtf8', () => {
  it('on invalid bytes, keeps exactly the longest prefix that is valid UTF-8, so the error is placed on the first bad byte', () => {
    const fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constantFrom(0xe0, 0xed, 0xf0, 0xf4, 0x80, 0xbf, 0xa0, 0x8f, 0x90)), { maxLength: 12 }), (values) => {
        const bytes = Uint8Array.from(values);
        const decoded = decodeUtf8(bytes);
        let longest = 0;
        for (let n = bytes.length; n >= 0; n--) {
          try {
            fatal.decode(bytes.subarray(0, n));
            longest = n;
            break;
          } catch {
            // shorter
          }
        }
        if ('text' in decoded) expect(longest).toBe(bytes.length);
        else {
          const prefix = new TextEncoder().encode(decoded.validPrefix);
          expect(prefix.length).toBe(longest);
          expect([...prefix]).toEqual([...bytes.subarray(0, longest)]);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('decodes valid text, long or short, mostly Chinese or ASCII, exactly as TextDecoder does (a BOM kept, astral characters whole)', () => {
    const reference = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    const chinese = fc.integer({ min: 0x4e00, max: 0x9fff }).map((code) => String.fromCodePoint(code));
    const anyCharacter = fc.oneof(fc.integer({ min: 0, max: 0xd7ff }), fc.integer({ min: 0xe000, max: 0x10ffff })).map((code) => String.fromCodePoint(code));
    const text = fc.tuple(fc.constantFrom('', '\uFEFF'), fc.array(fc.oneof(chinese, anyCharacter, fc.constantFrom('a', '{', '"', ' ')), { maxLength: 3000, size: 'max' }));
    fc.assert(
      fc.property(text, ([bom, characters]) => {
        const bytes = new TextEncoder().encode(bom + characters.join(''));
        expect(decodeUtf8(bytes)).toEqual({ text: reference.decode(bytes) });
      }),
      { numRuns: 300 },
    );
  });
});
