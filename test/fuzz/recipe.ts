/**
 * A fuzz case as a recipe: a seed and the mutations to apply to it, in three layers — the plan's structure (or a
 * report's lines), its layout and encoding, then its bytes. fast-check generates recipes, so a failing case
 * shrinks to the fewest, smallest mutations that still fail.
 */
import fc from 'fast-check';
import { FORMAT_NAMES } from '../../src/formatters/index.js';

/** Values that have broken rules: objects where text is expected, impossible dates, unknown enum values, extremes. */
export const HOSTILE_VALUES: readonly string[] = [
  '{"toString": 1}', '{"toString": 1, "valueOf": 1}', '{"__proto__": {"toString": 1}}', '{"__proto__": null}', '{"constructor": 1}',
  '[]', '[[]]', '{}', 'null', 'true', 'false', '0', '-1', '-0', '1e308', '-1e308', '1e400', '0.5', '9007199254740993', '1e21',
  '""', '" "', '"\\u0000"', '"\\ud800"', '"{{id}}"', '"__proto__"', '"constructor"', '"toString"', '"hasOwnProperty"',
  '"2023-02-30"', '"2023-02-29"', '"2024-02-29"', '"2023-13-01"', '"2023-00-10"', '"0000-01-01"', '"0001-01-01"', '"9999-12-31"',
  '"2023-1-1"', '"2023/01/01"', '"２０２３-０１-０１"', '"+2023-01-01"', '"2023-01-01T00:00:00Z"',
  '"week"', '"day"', '"quarter"', '"half-year"', '"year"', '"month"', '"at-least"', '"exactly"', '"most"',
  '"已完成"', '"done"', '"done-ongoing"', '"ongoing"', '"not-done"', '"长期坚持"', '"立行立改"', '"持续整改"', '"尽快"', '"plan"', '"final-report"',
  '{"count": 1e308, "per": "quarter"}', '{"count": -3, "per": "month"}', '{"count": 1, "per": "week"}', '{"count": 2.5, "per": "year"}',
  '{"disable": ["__proto__"], "reason": "r"}', '{"disable": [{"toString": 1}], "reason": {"toString": 1}}',
];

/** Text pieces that reports are made of, and characters that have tripped parsers and regular expressions. */
export const PIECES: readonly string[] = [
  '原因分析：', '整改措施：', '整改情况：', '整改状态：', '整改状态：已完成', '责任领导：', '责任单位：', '责任人：', '整改时限：', '佐证材料：',
  '一、', '（一）', '(二)', '1.', '2、', '（1）', '①', '一是', '二是', '第一项问题：', '■', '◆', '# ', '- ', '**', '|',
  '每季度至少召开一次党组会议年底前', '针对巡察反馈的3个方面，', '9项问题', '28条意见', '完成率76%', '已完成19项、正在推进6项', '等',
  '2022年1月份以来，召开巡察整改专题会2次、党组会议2次。', '4月29日，局党组召开民主生活会。', '2022年2月18日', '5月末之前', '第三季度末', '年底前',
  '每年至少开展2次以上', '每月召开例会一次', '关于“', '”问题的整改', '针对', '问题', '方面', '巡察组', '党组书记', '任组长', '联系电话：', '电子邮箱：',
  '。', '，', '；', '：', '、', '.', ',', ';', ':', '!', '?', '（', '）', '(', ')', '《', '》', '“', '”', '"', "'", '\\', '/', '{', '}', '[', ']',
  ' ', '  ', '\t', '\u3000', '\u00a0', '\n', '\r', '\r\n', '\n\n', '\u2028', '\u2029', '\u0085', '\f', '\v',
  '\u0000', '\u001b', '\u007f', '\ufffd', '\ufeff', '\u200b', '\u200d', '\u0301', 'e\u0301', '\ud800', '\udc00', '😀', '👨‍👩‍👧', '𠀀',
  'a', 'x', '0', '9', '１２', '十', '零', '每', '次', '会', '党', '年', '月', '日', 'ａ', 'Ⅲ', '⑳',
  '{{id}}', '__proto__', 'constructor', '${x}', '<script>', '&amp;', '%', '%0A', '::', '=cmd',
];

export type PlanOp =
  | { op: 'replace'; at: number; value: string }
  | { op: 'random'; at: number; value: unknown }
  | { op: 'remove'; at: number }
  | { op: 'duplicate'; at: number; times: number }
  | { op: 'pump'; at: number; where: number; piece: string; times: number }
  | { op: 'key'; at: number; key: string; value: string }
  | { op: 'nest'; at: number; depth: number }
  | { op: 'annotate'; at: number; disable: string[]; reason: string | null; until: string | null };

export type TextOp =
  | { op: 'insert'; at: number; piece: string }
  | { op: 'pump'; at: number; piece: string; times: number }
  | { op: 'repeatLines'; at: number; count: number; times: number }
  | { op: 'removeLines'; at: number; count: number }
  | { op: 'swapLines'; at: number; with: number }
  | { op: 'cut'; at: number; count: number };

export type ByteOp =
  | { op: 'flip'; at: number; bit: number }
  | { op: 'set'; at: number; value: number }
  | { op: 'insert'; at: number; bytes: number[] }
  | { op: 'remove'; at: number; count: number }
  | { op: 'truncate'; at: number };

export interface Layout {
  /** JSON.stringify's indent for plans (0: one line). */
  indent: 0 | 1 | 2 | 4 | '\t';
  lineBreak: '\n' | '\r\n' | '\r';
  bom: boolean;
  encoding: 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';
  /** Text after the plan's JSON (trailing garbage), a cut before its end, or a key written twice. */
  tail: 'none' | 'cut' | 'garbage' | 'duplicate-key';
  tailAt: number;
  /** A plan's text also gets the text mutations (mostly syntax errors). */
  rawText: boolean;
}

export interface Recipe {
  seed: number;
  plan: PlanOp[];
  text: TextOp[];
  layout: Layout;
  bytes: ByteOp[];
  locale: 'zh-CN' | 'en';
  /** The format the result is printed in, as a run prints it in one (the suite's cases print it in every one). */
  format: string;
  /** "Today" for the check: the plan's report date (undefined) or a fixed date. */
  asOf?: string;
}

const at = fc.nat();
const piece = fc.oneof({ arbitrary: fc.constantFrom(...PIECES), weight: 6 }, { arbitrary: fc.string({ maxLength: 6, unit: 'binary' }), weight: 1 });
const RULE_IDS = ['require-cause-analysis', 'overdue', 'schema', 'duplicate-key', 'parse', 'rule-error', 'suppression', 'no-such-rule', '__proto__', 'constructor', ''];

const byteOp: fc.Arbitrary<ByteOp> = fc.oneof(
  fc.record({ op: fc.constant('flip' as const), at, bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ op: fc.constant('set' as const), at, value: fc.constantFrom(0x00, 0x0a, 0x0d, 0x22, 0x5c, 0x7b, 0x7d, 0x80, 0xbf, 0xc0, 0xc3, 0xe4, 0xed, 0xef, 0xf0, 0xf4, 0xf8, 0xfe, 0xff) }),
  fc.record({ op: fc.constant('insert' as const), at, bytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 8 }) }),
  fc.record({ op: fc.constant('remove' as const), at, count: fc.integer({ min: 1, max: 64 }) }),
  fc.record({ op: fc.constant('truncate' as const), at }),
);

const layout: fc.Arbitrary<Layout> = fc.record({
  indent: fc.constantFrom(0 as const, 1 as const, 2 as const, 4 as const, '\t' as const),
  lineBreak: fc.oneof({ arbitrary: fc.constant('\n' as const), weight: 6 }, { arbitrary: fc.constant('\r\n' as const), weight: 2 }, { arbitrary: fc.constant('\r' as const), weight: 1 }),
  bom: fc.oneof({ arbitrary: fc.constant(false), weight: 4 }, { arbitrary: fc.constant(true), weight: 1 }),
  encoding: fc.oneof({ arbitrary: fc.constant('utf-8' as const), weight: 8 }, { arbitrary: fc.constantFrom('gb18030' as const, 'utf-16le' as const, 'utf-16be' as const), weight: 2 }),
  tail: fc.oneof({ arbitrary: fc.constant('none' as const), weight: 8 }, { arbitrary: fc.constantFrom('cut' as const, 'garbage' as const, 'duplicate-key' as const), weight: 2 }),
  tailAt: fc.nat(),
  rawText: fc.oneof({ arbitrary: fc.constant(false), weight: 3 }, { arbitrary: fc.constant(true), weight: 1 }),
});

/**
 * How large cases grow. `long` (npm run fuzz) pumps runs of up to 40 000 characters and copies items hundreds of
 * times, which shows super-linear work as seconds; `ci` keeps every case small so the suite's few thousand cases
 * take seconds in all.
 */
export type Scale = 'ci' | 'long';

/** The arbitrary of recipes at a scale. */
export function recipeOf(scale: Scale): fc.Arbitrary<Recipe> {
  const long = scale === 'long';
  /** Mostly small, sometimes long enough to show super-linear work. */
  const pumpTimes = fc.oneof({ arbitrary: fc.integer({ min: 1, max: 50 }), weight: 3 }, { arbitrary: fc.integer({ min: long ? 1000 : 100, max: long ? 40_000 : 2000 }), weight: 1 });
  const manyTimes = fc.oneof(fc.integer({ min: 1, max: 5 }), fc.integer({ min: long ? 50 : 10, max: long ? 400 : 30 }));
  const deep = fc.oneof(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 500, max: long ? 2000 : 600 }));
  const planOp: fc.Arbitrary<PlanOp> = fc.oneof(
    { arbitrary: fc.record({ op: fc.constant('replace' as const), at, value: fc.constantFrom(...HOSTILE_VALUES) }), weight: 6 },
    { arbitrary: fc.record({ op: fc.constant('random' as const), at, value: fc.jsonValue({ maxDepth: 2 }) }), weight: 2 },
    { arbitrary: fc.record({ op: fc.constant('remove' as const), at }), weight: 2 },
    { arbitrary: fc.record({ op: fc.constant('duplicate' as const), at, times: manyTimes }), weight: 2 },
    { arbitrary: fc.record({ op: fc.constant('pump' as const), at, where: fc.nat(), piece, times: pumpTimes }), weight: 2 },
    { arbitrary: fc.record({ op: fc.constant('key' as const), at, key: fc.constantFrom('__proto__', 'constructor', 'toString', 'x-rectlint', 'aspects\u00000', 'problems', 'x-a', 'id', ''), value: fc.constantFrom(...HOSTILE_VALUES) }), weight: 2 },
    { arbitrary: fc.record({ op: fc.constant('nest' as const), at, depth: deep }), weight: 1 },
    {
      arbitrary: fc.record({
        op: fc.constant('annotate' as const),
        at,
        disable: fc.array(fc.constantFrom(...RULE_IDS), { maxLength: 3 }),
        reason: fc.constantFrom('已报巡察办同意', '', null),
        until: fc.constantFrom('2020-01-01', '2099-12-31', '2023-02-30', null),
      }),
      weight: 2,
    },
  );

  const textOp: fc.Arbitrary<TextOp> = fc.oneof(
    { arbitrary: fc.record({ op: fc.constant('insert' as const), at, piece }), weight: 5 },
    { arbitrary: fc.record({ op: fc.constant('pump' as const), at, piece, times: pumpTimes }), weight: 2 },
    { arbitrary: fc.record({ op: fc.constant('repeatLines' as const), at, count: fc.integer({ min: 1, max: 8 }), times: fc.oneof(fc.integer({ min: 1, max: 5 }), fc.integer({ min: long ? 100 : 10, max: long ? 1000 : 40 })) }), weight: 2 },
    { arbitrary: fc.record({ op: fc.constant('removeLines' as const), at, count: fc.integer({ min: 1, max: 20 }) }), weight: 2 },
    { arbitrary: fc.record({ op: fc.constant('swapLines' as const), at, with: fc.nat() }), weight: 2 },
    { arbitrary: fc.record({ op: fc.constant('cut' as const), at, count: fc.integer({ min: 1, max: 200 }) }), weight: 1 },
  );

  return fc.record(
    {
      seed: fc.nat(),
      plan: fc.array(planOp, { maxLength: 6 }),
      text: fc.array(textOp, { maxLength: 6 }),
      layout,
      // Most cases keep their bytes: a byte mutation mostly tests the decoder and the parse error.
      bytes: fc.oneof({ arbitrary: fc.constant([] as ByteOp[]), weight: 3 }, { arbitrary: fc.array(byteOp, { minLength: 1, maxLength: 4 }), weight: 1 }),
      locale: fc.constantFrom('zh-CN' as const, 'en' as const),
      format: fc.constantFrom(...FORMAT_NAMES),
      asOf: fc.constantFrom(undefined, '2022-06-30', '2026-11-24', '1970-01-01', '9999-12-31'),
    },
    { requiredKeys: ['seed', 'plan', 'text', 'layout', 'bytes', 'locale', 'format'] },
  );
}
