/**
 * The 审核意见书 as a Word document (the `docx` library, loaded when one is exported): a title, the unit as
 * addressee, the conclusion, the findings to fix in a table with their places, the reviewer's comments, what was
 * accepted, and the round's name and date. 公文-like faces (小标宋 for the title, 仿宋 for the text), falling back
 * to whatever the reader's machine has.
 */
import type { Opinion } from './opinion.js';

const WORDS = {
  'zh-CN': {
    title: '审核意见书',
    subject: (unit: string) => `关于${unit}报送材料的审核意见`,
    received: (title: string, version: number, date: string) => `你单位报送的《${title}》（第 ${version} 版，${date} 收到）已收悉。经审核，现将审核意见反馈如下。`,
    conclusion: '审核结论：',
    pending: '待审',
    check: (score: string, grade: string, verdict: string) => `rectlint 检查得分 ${score}（${grade}），检查结论：${verdict}。`,
    opinion: '审核意见：',
    toFix: (n: number) => `一、需整改的问题（共 ${n} 项）`,
    noneToFix: '未发现需整改的问题。',
    head: ['序号', '位置', '问题编号', '审核发现', '规则'],
    comments: '二、审核人员意见',
    noComments: '无。',
    about: (n: number) => `（针对第 ${n} 项）`,
    accepted: '三、经审核认可的事项',
    acceptedItem: (n: number, message: string, reason: string) => `第 ${n} 项：${message}。认可理由：${reason}`,
    resubmit: '请对照上述问题逐项修改完善，并在规定时间内重新报送。',
  },
  en: {
    title: 'Review letter',
    subject: (unit: string) => `Review of the submission of ${unit}`,
    received: (title: string, version: number, date: string) => `We have received “${title}” (version ${version}, received ${date}). Having reviewed it, we give our opinion below.`,
    conclusion: 'Conclusion: ',
    pending: 'to review',
    check: (score: string, grade: string, verdict: string) => `rectlint scored it ${score} (${grade}); the check's verdict: ${verdict}.`,
    opinion: 'Opinion: ',
    toFix: (n: number) => `1. Findings to fix (${n})`,
    noneToFix: 'No finding needs fixing.',
    head: ['No.', 'Place', 'Problem', 'Finding', 'Rule'],
    comments: '2. Reviewer comments',
    noComments: 'None.',
    about: (n: number) => ` (on item ${n})`,
    accepted: '3. Findings accepted on review',
    acceptedItem: (n: number, message: string, reason: string) => `Item ${n}: ${message}. Accepted because: ${reason}`,
    resubmit: 'Please revise each item above and submit again within the time set.',
  },
} as const;

const TITLE_FONT = { eastAsia: '方正小标宋简体', ascii: 'SimHei', hAnsi: 'SimHei' };
const BODY_FONT = { eastAsia: '仿宋_GB2312', ascii: 'FangSong', hAnsi: 'FangSong' };

export async function opinionDocx(opinion: Opinion): Promise<Buffer> {
  const docx = await import('docx');
  const { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } = docx;
  const w = WORDS[opinion.locale === 'en' ? 'en' : 'zh-CN'];
  const body = (text: string, options: { bold?: boolean; indent?: boolean } = {}) =>
    new Paragraph({ children: [new TextRun({ text, bold: options.bold, font: BODY_FONT, size: 32 })], indent: options.indent === false ? undefined : { firstLine: 640 }, spacing: { line: 560 } });
  const heading = (text: string) => new Paragraph({ children: [new TextRun({ text, bold: true, font: BODY_FONT, size: 32 })], spacing: { before: 240, line: 560 } });
  const cell = (text: string, bold = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold, font: BODY_FONT, size: 24 })] })] });

  const children: (InstanceType<typeof Paragraph> | InstanceType<typeof Table>)[] = [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [new TextRun({ text: w.title, font: TITLE_FONT, size: 44 })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 360 }, children: [new TextRun({ text: w.subject(opinion.unitName), font: BODY_FONT, size: 32 })] }),
    body(`${opinion.unitName}${opinion.locale === 'en' ? ':' : '：'}`, { indent: false }),
    body(w.received(opinion.documentTitle, opinion.version, opinion.receivedOn)),
    body(`${w.conclusion}${opinion.decision?.label ?? w.pending}${opinion.locale === 'en' ? '.' : '。'}${w.check(opinion.score, opinion.grade, opinion.verdict)}`),
    ...(opinion.decision ? [body(`${w.opinion}${opinion.decision.opinion}`)] : []),
    heading(w.toFix(opinion.toFix.length)),
  ];
  if (opinion.toFix.length === 0) children.push(body(w.noneToFix));
  else {
    children.push(
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: [
          new TableRow({ tableHeader: true, children: w.head.map((h) => cell(h, true)) }),
          ...opinion.toFix.map((f) => new TableRow({ cantSplit: true, children: [cell(String(f.number)), cell(f.place), cell(f.problemId), cell(f.message), cell(f.ruleId)] })),
        ],
      }),
    );
  }
  children.push(heading(w.comments));
  if (opinion.comments.length === 0) children.push(body(w.noComments));
  for (const comment of opinion.comments) children.push(body(`${comment.body}${comment.about !== undefined ? w.about(comment.about) : ''}`));
  if (opinion.accepted.length > 0) {
    children.push(heading(w.accepted));
    for (const { finding, reason } of opinion.accepted) children.push(body(w.acceptedItem(finding.number, finding.message, reason)));
  }
  if (opinion.decision?.returned) children.push(body(w.resubmit));
  children.push(new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { before: 480 }, children: [new TextRun({ text: opinion.roundName, font: BODY_FONT, size: 32 })] }));
  children.push(new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: opinion.date, font: BODY_FONT, size: 32 })] }));

  const document = new Document({
    creator: 'rectlint',
    title: `${w.title} ${opinion.unitName}`,
    sections: [{ properties: { page: { margin: { top: 2098, bottom: 1984, left: 1588, right: 1474 } } }, children }],
  });
  return Packer.toBuffer(document);
}
