/**
 * Page chrome: what a web page prints around a published report and a copy of the page carries along. It is
 * recognised by its shape, not by the lines of any one site:
 *
 * - metadata fields: a line opening with a field a page states about the document (发布时间：, 来源：, 索引号：,
 *   名　　称：, 点击数：); the general names (日期, 名称, 文号) only beside another field or above the title;
 * - a breadcrumb: 首页 > 信息公开 > …, 当前位置：首页>>…;
 * - page controls: lines made only of the words of a page's buttons and links (【字体：大 中 小】【打印】【关闭】,
 *   打印本页 关闭窗口, 分享到：, 扫一扫在手机打开当前页, 上一篇：…, 版权所有 …, …ICP备…);
 * - a menu: short items without a sentence between bars (机构概况 | 政务公开 | …) above the title or below the
 *   closing, or anywhere when one of them is a page's link (网站地图 | 联系我们); between wide blanks (中国政府网  省人民政府
 *   市人民政府) only above the title or below the closing.
 *
 * The zones above the title and below the closing are decided in paragraphs.ts; this module judges one line.
 */
import { WordTrie } from './word-trie.js';

/** Fields a page states about the document it shows. */
const FIELD_NAMES = [
  '索引号', '发布机构', '发文机关', '成文日期', '发布日期', '发布时间', '发文日期', '生成日期', '印发日期', '公开日期', '更新时间', '浏览量',
  '浏览次数', '阅读次数', '阅读量', '访问量', '访问次数', '点击数', '点击量', '点击率', '分享到', '分享', '朗读', '当前位置', '您的位置', '您现在的位置',
  '所在位置', '来源', '信息来源', '文章来源', '稿件来源', '责编', '责任编辑', '编辑', '字号', '字体', '打印', '关闭', '作者', '审核', '发文字号', '主题分类',
  '主题词', '有效性', '公开方式', '公开范围', '公开时限', '信息类别', '体裁分类', '组配分类', '上一篇', '下一篇', '版权所有', '主办单位', '承办单位',
  '协办单位', '技术支持', '网站标识码', '备案号', '网站地图', '联系我们',
];
/** General words that are a page's field only beside another field, or above the title. */
const WEAK_FIELD_NAMES = ['日期', '时间', '名称', '标题', '文号', '分类', '主办', '承办', '发布', '发布人', '发布单位', '所属机构', '信息名称', '关键词', '浏览', '阅读', '点击', '访问'];

const BLANK = '[ \\t]{0,4}';
/** 名　　称 and 文　　号 are spaced out to fill a table cell's width. */
const spaced = (name: string) => [...name].join(BLANK);
const alternatives = (names: readonly string[]) => [...names].sort((a, b) => b.length - a.length).map(spaced).join('|');
const FIELD_AT = new RegExp(`^(?:${alternatives(FIELD_NAMES)})${BLANK}(?::|$|[ \\t])`, 'u');
const WEAK_FIELD_AT = new RegExp(`^(?:${alternatives(WEAK_FIELD_NAMES)})${BLANK}:`, 'u');
/** Every field on a line, after the line's start or a blank or a bar. */
export const CHROME_FIELDS = new RegExp(`(?<=^|[ \\t|])(${alternatives([...FIELD_NAMES, ...WEAK_FIELD_NAMES])})${BLANK}:`, 'gu');

/** The words of a page's buttons, links and footer. */
const CONTROL_WORDS = new WordTrie<true>(
  [
    '首页', '网站首页', '主页', '返回首页', '返回顶部', '返回', '打印本页', '打印此页', '打印', '关闭窗口', '关闭本页', '关闭', '字体', '字号', '默认', '大',
    '中', '小', '分享到', '分享', '收藏', '扫一扫在手机打开当前页', '扫一扫在手机上查看当前页面', '扫一扫', '手机扫码', '在手机打开', '二维码', '微信', '微博',
    'QQ空间', '相关链接', '相关文章', '相关阅读', '相关新闻', '相关信息', '友情链接', '网站地图', '联系我们', '隐私声明', '网站声明', '无障碍浏览', '无障碍',
    '长者模式', '关怀版', '适老化', '繁体', '简体', '繁體', 'English', '登录', '注册', '搜索', '纠错', '我要纠错', '视力保护色', '朗读', '保存', '上一篇',
    '下一篇', '版权所有', 'Copyright', '技术支持', '主办单位', '承办单位', '网站标识码', '备案号', '公网安备', 'ICP备', '【', '】', '[', ']', '|', '>', ':',
  ].map((w) => [w, true] as const),
);
/** Words only a page's footer or controls hold, wherever they stand on the line. */
const FOOTER_MARKS = new WordTrie<true>(
  ['版权所有', 'Copyright', '©', 'ICP备', 'ICP证', '公网安备', '网站标识码', '扫一扫', '打印本页', '关闭窗口', '网站地图', '上一篇', '下一篇', '相关链接', '相关文章', '分享到'].map(
    (w) => [w, true] as const,
  ),
);
const SENTENCE = /[。;；!?！？,，]/u;
const BREADCRUMB = /^(?:(?:当前位置|您的位置|您现在的位置|所在位置|位置)[ \t]{0,4}:[ \t]{0,4})?(?:首页|网站首页|主页)[ \t]{0,4}(?:>|»|›|→|\/|-)/u;
/** The separators of a menu: bars, middle dots, or wide blanks. */
const BARS = /[ \t]{0,4}[|·•][ \t]{0,4}/u;
const WIDE_BLANKS = /[ \t]{2,}/u;

/** 2024-03-05 10:21 opening a line of page fields: when the page published the document, printed without a name. */
export const LEADING_DATE = /^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)(?:[ \t]{1,4}\d{1,2}:\d{2}(?::\d{2})?)?/u;

export type ChromeShape = 'fields' | 'breadcrumb' | 'controls' | 'menu' | 'words';

export interface ChromeOptions {
  /** The line stands above the title or below the closing, where general field names and blank-separated menus are chrome too. */
  zone: boolean;
}

/** What kind of page chrome a line is (width-folded, trimmed), if any. */
export function chromeShape(line: string, options: ChromeOptions): ChromeShape | undefined {
  if (line === '' || line.length > 200) return undefined;
  if (FIELD_AT.test(line)) return 'fields';
  if (WEAK_FIELD_AT.test(line) && (options.zone || fieldCount(line) >= 2)) return 'fields';
  if (BREADCRUMB.test(line)) return 'breadcrumb';
  const date = LEADING_DATE.exec(line);
  if (date && /^[ \t]*$/u.test(line.slice(date[0].length, date[0].length + 1)) && (fieldCount(line) >= 1 || (/:\d{2}$/u.test(date[0]) && date[0].length === line.length))) return 'fields';
  if (SENTENCE.test(line)) return undefined;
  if (line.length <= 80 && onlyControls(line)) return 'controls';
  if (line.length <= 120 && FOOTER_MARKS.occursIn(line, 0, line.length)) return 'controls';
  // In the body, a row between bars is a menu only when a page's link is among its items (not a table's header row).
  if (isMenu(line, BARS) && (options.zone || hasControl(line))) return 'menu';
  if (options.zone && isMenu(line, WIDE_BLANKS)) return 'menu';
  return undefined;
}

function fieldCount(line: string): number {
  CHROME_FIELDS.lastIndex = 0;
  let count = 0;
  while (CHROME_FIELDS.exec(line) && count < 2) count++;
  return count;
}

/** Every word of the line is a control's (打印本页 关闭窗口, 【字体：大 中 小】), blanks apart. */
function onlyControls(line: string): boolean {
  let words = 0;
  for (let i = 0; i < line.length; ) {
    const char = line.charAt(i);
    if (char === ' ' || char === '\t') {
      i++;
      continue;
    }
    const found = CONTROL_WORDS.at(line, i);
    if (!found) return false;
    if (found.length > 1) words++;
    i += found.length;
  }
  return words > 0;
}

function hasControl(line: string): boolean {
  return line.split(new RegExp(BARS.source, 'gu')).some((item) => item !== '' && CONTROL_WORDS.at(item, 0)?.length === item.length);
}

/** Three or more short items between separators, none a sentence: a menu of links. */
function isMenu(line: string, separator: RegExp): boolean {
  const items = line.split(new RegExp(separator.source, 'gu')).filter((item) => item !== '');
  return items.length >= 3 && items.every((item) => item.length <= 12);
}
