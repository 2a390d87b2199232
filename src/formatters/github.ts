import { describePlace } from './place.js';
import { displayName } from './report/plan-summary.js';
import type { Formatter } from './types.js';

/**
 * GitHub Actions workflow commands, one per finding, which the runner turns into annotations on the pull
 * request's files: `::error file=…,line=…,endLine=…,col=…,endColumn=…,title=…::message`.
 */

const COMMAND = { error: 'error', warn: 'warning', info: 'notice' } as const;

/** A command's message: %, CR and LF are escaped, as the runner's toolkit does. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value: also `:` and `,`, which would end the property. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const github: Formatter = (results, context) => {
  const lines = results.flatMap((result) => {
    const file = displayName(result.filePath, context.cwd);
    return result.diagnostics.map((d) => {
      const { start, end } = d.range;
      const properties = [
        `file=${escapeProperty(file)}`,
        `line=${start.line}`,
        `endLine=${end.line}`,
        `col=${start.column}`,
        `endColumn=${end.column}`,
        `title=${escapeProperty(`rectlint ${d.ruleId}`)}`,
      ].join(',');
      // A cell or page is not a line GitHub can show: the message says where.
      const place = describePlace(d.range.place, context.locale);
      return `::${COMMAND[d.severity]} ${properties}::${escapeData(place ? `${place}: ${d.message}` : d.message)}`;
    });
  });
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
};

export default github;
