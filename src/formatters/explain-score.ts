import type { FileResult } from '../run/file-result.js';
import { CATEGORY_LABELS, gradeOfScore, type Tally } from '../core/score.js';
import { verdictText } from '../core/verdict.js';
import { padEnd, padStart } from './text-width.js';
import type { FormatterContext } from './types.js';

function fraction(t: Tally): string {
  return `${t.passedWeight}/${t.applicableWeight}`;
}

/** The grade and why: the verdict decides it, so say so when the score alone would have earned another. */
function gradeLine(result: FileResult, en: boolean): string {
  const { grade, score } = result.score;
  const byScore = gradeOfScore(score);
  const lang = en ? 'en' : 'zh';
  const verdict = verdictText(result.verdict, en);
  const mark = en ? `pass mark ${result.verdict.passMark}` : `及格线 ${result.verdict.passMark}`;
  const head = en ? `grade ${grade.label.en}: ${verdict}` : `等级 ${grade.label.zh}：${verdict}`;
  if (byScore.key === grade.key) return result.verdict.key === 'accepted' ? (en ? `${head} (${mark})` : `${head}（${mark}）`) : head;
  return en
    ? `${head}; the score ${score} alone would be ${byScore.label[lang]}, but the grade follows the verdict`
    : `${head}；仅凭得分 ${score} 应为${byScore.label[lang]}，等级以审核结论为准`;
}

/** The score's breakdown, in the terms of README's formula, so a reviewer can recompute it. */
export function explainScore(result: FileResult, context: FormatterContext): string {
  const en = context.locale === 'en';
  const { score } = result;
  const lines: string[] = [];
  const title = en ? 'Score breakdown: 100 × passed weight ÷ applicable weight' : '得分明细：100 × 通过权重 ÷ 适用权重';
  lines.push(`  ${context.chalk.bold(title)}`);
  if (result.fatal) {
    lines.push(en ? '    the file could not be read as a plan: score 0' : '    文件无法作为整改方案读取：得分 0');
    lines.push(`    ${gradeLine(result, en)}`);
    return lines.join('\n');
  }
  lines.push(`    ${en ? 'total' : '合计'}  ${fraction(score)} = ${score.score}`);
  lines.push(`    ${gradeLine(result, en)}`);
  lines.push(`  ${en ? 'By category' : '按类别'}`);
  for (const [category, tally] of Object.entries(score.byCategory)) {
    const label = CATEGORY_LABELS[category as keyof typeof CATEGORY_LABELS]?.[en ? 'en' : 'zh'] ?? category;
    lines.push(`    ${padEnd(label, 14)} ${padStart(fraction(tally), 9)}  ${padStart(String(tally.score), 5)}`);
  }
  lines.push(`  ${en ? 'By rule (weight × checks passed / applicable)' : '按规则（权重 × 通过/适用检查数）'}`);
  const width = Math.max(...score.byRule.map((r) => r.ruleId.length));
  for (const rule of score.byRule) {
    lines.push(`    ${padEnd(rule.ruleId, width)}  ${rule.weight} × ${rule.passed}/${rule.applicable}  ${padStart(String(rule.score), 5)}`);
  }
  const weakest = [...score.byProblem].filter((p) => p.score < 100).sort((a, b) => a.score - b.score);
  if (weakest.length > 0) {
    lines.push(`  ${en ? 'Problems below 100' : '未满分的问题'}`);
    for (const problem of weakest) lines.push(`    ${padEnd(problem.problemId ?? problem.path.join('.'), 10)} ${padStart(fraction(problem), 7)}  ${padStart(String(problem.score), 5)}`);
  }
  return lines.join('\n');
}
