import { defineRule, isObject, NOT_APPLICABLE } from '../src/rule-kit/index.js';

/** Where the importer says what it took for aspects and problems (see src/import/layout-note.ts). */
const KEY = 'x-layout';

const STYLES: Record<string, [string, string]> = {
  han: ['一、', '一、'],
  'paren-han': ['（一）', '(一)'],
  arabic: ['1．', '1.'],
  'paren-arabic': ['（1）', '(1)'],
  'half-paren': ['1)', '1)'],
  circled: ['①', '①'],
  'circled-dark': ['❶', '❶'],
  wenti: ['问题1：', '问题1:'],
  named: ['“针对/关于…问题”标题', '针对…问题 headings'],
  fields: ['重复出现的标签', 'repeated labels'],
  none: ['（无标题）', '(no heading)'],
};
const BASIS: Record<string, [string, string]> = {
  labels: ['原因分析、整改措施等标签', 'labels such as 原因分析 and 整改措施'],
  status: ['“该问题已完成整改”等状态句', 'status sentences such as 该问题已完成整改'],
  measures: ['“一是…二是…”或逐条列出的措施', 'measures listed 一是… or one a line'],
  heading: ['“针对…问题”“问题1：”等标题', 'headings such as 针对…问题 or 问题1：'],
  shortcoming: ['标题写明问题或不足', 'titles naming a shortcoming'],
  level: ['与同级问题并列', 'standing beside other problems'],
};

/** A mark style as people know it: （一）, 1., a level-2 heading, ★. */
function styleName(style: unknown, en: boolean): string {
  if (typeof style !== 'string') return en ? STYLES.none[1] : STYLES.none[0];
  const known = STYLES[style];
  if (known) return en ? known[1] : known[0];
  if (style.startsWith('di:')) return `第一${style.slice(3)}`;
  if (/^h\d$/u.test(style)) return en ? `level-${style.slice(1)} headings` : `${style.slice(1)}级标题`;
  if (style.startsWith('bullet:')) return style.slice(7);
  if (style.startsWith('list:')) return en ? 'list items' : '列表项';
  return style;
}

export default defineRule({
  meta: {
    id: 'import-layout',
    type: 'suggestion',
    category: 'completeness',
    defaultSeverity: 'info',
    presets: { strict: 'info' },
    weight: 1,
    docs: {
      description: { zh: '导入报告时对方面和问题的判断不确定，提示核对', en: 'The importer was not sure what it took for aspects and problems' },
      basis: '导入不丢字、不悄悄拉平：结构不确定时说明读作方面和问题的是什么、依据是什么 (issue 14)',
    },
    messages: {
      uncertain: {
        zh: '导入时对结构的判断不确定：把{{aspects}}读作方面，把{{problems}}读作问题（依据：{{basis}}）{{unplaced}}；请核对导入结果',
        en: 'the importer was not sure of the layout: it read {{aspectsEn}} as aspects and {{problemsEn}} as problems (by {{basisEn}}){{unplacedEn}}; check the imported plan',
      },
    },
  },
  create(context) {
    return {
      plan(plan) {
        const note = (plan as unknown as Record<string, unknown>)[KEY];
        // A note for the reader, never a failed check: the score is left alone.
        if (!isObject(note) || note.certain !== false) return NOT_APPLICABLE;
        const styles = (value: unknown, en: boolean) => (Array.isArray(value) ? value : []).map((style) => styleName(style, en)).join(en ? ', ' : '、') || styleName(undefined, en);
        const basis = (en: boolean) =>
          Object.entries(isObject(note.basis) ? note.basis : {})
            .filter(([key, n]) => BASIS[key] && typeof n === 'number')
            .sort((a, b) => (b[1] as number) - (a[1] as number))
            .map(([key, n]) => `${BASIS[key][en ? 1 : 0]}${en ? ` (${n})` : `（${n}）`}`)
            .join(en ? ', ' : '、') || (en ? 'nothing' : '无');
        const unplaced = typeof note.unplaced === 'number' && note.unplaced > 0 ? note.unplaced : 0;
        context.report({
          path: [KEY],
          messageId: 'uncertain',
          data: {
            aspects: styles(note.aspects, false),
            aspectsEn: styles(note.aspects, true),
            problems: styles(note.problems, false),
            problemsEn: styles(note.problems, true),
            basis: basis(false),
            basisEn: basis(true),
            unplaced: unplaced ? `，另有 ${unplaced} 处编号条目未能归入（见“未能识别的文字”）` : '',
            unplacedEn: unplaced ? `, and ${unplaced} numbered items fitted nowhere (see the unrecognised text)` : '',
          },
        });
        return NOT_APPLICABLE;
      },
    };
  },
});
