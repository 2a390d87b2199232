/** Word's number formats (w:numFmt) as the page prints them: 1 → 一, ①, (1), i … */

const HAN_DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const LEGAL_DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
const HEAVENLY_STEMS = ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬', '癸'];
const EARTHLY_BRANCHES = ['子', '丑', '寅', '卯', '辰', '巳', '午', '未', '申', '酉', '戌', '亥'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五, as Word's chineseCounting writes them. */
export function chineseCounting(n: number, digits = HAN_DIGITS, ten = '十', hundred = '百', thousand = '千'): string {
  if (n <= 0) return String(n);
  if (n >= 10000) return String(n);
  const units: [number, string][] = [
    [1000, thousand],
    [100, hundred],
    [10, ten],
  ];
  let rest = n;
  let out = '';
  let pendingZero = false;
  for (const [value, unit] of units) {
    const digit = Math.floor(rest / value);
    rest %= value;
    if (digit === 0) {
      if (out) pendingZero = true;
      continue;
    }
    if (pendingZero) out += digits[0];
    pendingZero = false;
    // 十二, not 一十二, when ten leads.
    out += value === 10 && digit === 1 && !out ? unit : digits[digit] + unit;
  }
  if (rest > 0) out += (pendingZero ? digits[0] : '') + digits[rest];
  return out;
}

function letters(n: number, base: string): string {
  // A, B … Z, AA, BB … as Word repeats the letter.
  const letter = String.fromCharCode(base.charCodeAt(0) + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: [number, string][] = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let rest = n;
  let out = '';
  for (const [value, symbol] of table) {
    while (rest >= value) {
      out += symbol;
      rest -= value;
    }
  }
  return out;
}

function fullWidth(text: string): string {
  return text.replace(/[0-9]/gu, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
}

/** The counter `n` printed in Word's number format `format`; decimal for formats not known. */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'ideographLegalTraditional':
      return chineseCounting(n);
    case 'chineseLegalSimplified':
      return chineseCounting(n, LEGAL_DIGITS, '拾', '佰', '仟');
    case 'ideographDigital':
    case 'japaneseDigitalTenThousand':
    case 'taiwaneseDigital':
      return [...String(n)].map((d) => HAN_DIGITS[Number(d)]).join('');
    case 'ideographTraditional':
      return HEAVENLY_STEMS[(n - 1) % 10] ?? String(n);
    case 'ideographZodiac':
      return EARTHLY_BRANCHES[(n - 1) % 12] ?? String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    case 'decimalEnclosedParen':
      return `(${n})`;
    case 'decimalEnclosedFullstop':
      return `${n}.`;
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return fullWidth(String(n));
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'upperLetter':
      return letters(n, 'A');
    case 'lowerLetter':
      return letters(n, 'a');
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'none':
    case 'bullet':
      return '';
    default:
      return String(n);
  }
}
