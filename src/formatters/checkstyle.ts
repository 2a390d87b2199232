import type { Diagnostic } from '../core/diagnostic.js';
import type { Locale } from '../rule-kit/types.js';
import { describePlace } from './place.js';
import type { Formatter } from './types.js';
import { escapeXml } from './xml-escape.js';

const SEVERITY = { error: 'error', warn: 'warning', info: 'info' } as const;

/** A sheet's cell or a page, which the format has no attribute for, before the message: `明细!D7: `. */
function placePrefix(d: Diagnostic, locale: Locale): string {
  const place = describePlace(d.range.place, locale);
  return place ? `${place}: ` : '';
}

/**
 * Checkstyle XML, as ESLint writes it, for reviewdog (`-f=checkstyle`) and Jenkins warnings-ng: a <file> per
 * plan, an <error> per finding with its line, column, severity and `rectlint.<rule id>` as source.
 */
const checkstyle: Formatter = (results, context) => {
  const files = results.map((result) => {
    const errors = result.diagnostics.map(
      (d) =>
        `    <error line="${d.range.start.line}" column="${d.range.start.column}" severity="${SEVERITY[d.severity]}" message="${escapeXml(`${placePrefix(d, context.locale)}${d.message} (${d.ruleId})`)}" source="rectlint.${escapeXml(d.ruleId)}"/>`,
    );
    return [`  <file name="${escapeXml(result.filePath)}">`, ...errors, '  </file>'].join('\n');
  });
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<checkstyle version="4.3">', ...files, '</checkstyle>', ''].join('\n');
};

export default checkstyle;
