import type { Formatter } from './types.js';
import { escapeXml } from './xml-escape.js';

const SEVERITY = { error: 'error', warn: 'warning', info: 'info' } as const;

/**
 * Checkstyle XML, as ESLint writes it, for reviewdog (`-f=checkstyle`) and Jenkins warnings-ng: a <file> per
 * plan, an <error> per finding with its line, column, severity and `rectlint.<rule id>` as source.
 */
const checkstyle: Formatter = (results) => {
  const files = results.map((result) => {
    const errors = result.diagnostics.map(
      (d) =>
        `    <error line="${d.range.start.line}" column="${d.range.start.column}" severity="${SEVERITY[d.severity]}" message="${escapeXml(`${d.message} (${d.ruleId})`)}" source="rectlint.${escapeXml(d.ruleId)}"/>`,
    );
    return [`  <file name="${escapeXml(result.filePath)}">`, ...errors, '  </file>'].join('\n');
  });
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<checkstyle version="4.3">', ...files, '</checkstyle>', ''].join('\n');
};

export default checkstyle;
