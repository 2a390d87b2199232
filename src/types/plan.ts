/* Generated from schemas/plan.schema.json by `npm run gen:types`; do not edit. */

/**
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "text".
 */
export type Text = string;
/**
 * 日期: An ISO date, YYYY-MM-DD.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "isoDate".
 */
export type IsoDate = string;
/**
 * 人员: A person named by the plan, by name or by post (reports often give only the post).
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "person".
 */
export type Person = Person1 & {
  name?: Text;
  /**
   * 职务: The person's post, e.g. 党组书记、局长.
   */
  post?: string;
};
export type Person1 = {
  [k: string]: unknown;
};
/**
 * 整改时限: The deadline: an ISO date, or a marker 长期坚持 / 立行立改 / 持续整改.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "deadline".
 */
export type Deadline = IsoDate | DeadlineMarker;
/**
 * 时限标记: A marker used instead of a date: 长期坚持 (long-term), 立行立改 (fix at once), 持续整改 (continuing).
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "deadlineMarker".
 */
export type DeadlineMarker = '长期坚持' | '立行立改' | '持续整改';
/**
 * 整改状态: Status key: not-started 未启动, in-progress 正在推进, basically-done 基本完成, done 已完成, done-ongoing 已完成并长期坚持, ongoing 持续整改, not-done 未完成, postponed 申请延期.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "status".
 */
export type Status =
  'not-started' | 'in-progress' | 'basically-done' | 'done' | 'done-ongoing' | 'ongoing' | 'not-done' | 'postponed';

/**
 * 整改方案/整改情况报告: A rectification plan or progress report written after a Party inspection (巡察/巡视).
 */
export interface Plan {
  /**
   * 模式: The JSON Schema this file declares, for editors.
   */
  $schema?: string;
  inspection: Inspection;
  report: Report;
  organization?: Organization;
  declared?: Declared;
  /**
   * 问题方面: The aspects (方面) the feedback is grouped into, each holding its problems.
   */
  aspects: Aspect[];
  /**
   * 长效机制承诺: Standing commitments such as 每季度至少召开一次安全生产工作分析会.
   */
  commitments?: Commitment[];
  /**
   * 会议与活动记录: The log of meetings and activities actually held.
   */
  meetings?: Meeting[];
}
/**
 * 巡察信息: The inspection this plan answers.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "inspection".
 */
export interface Inspection {
  team: Text;
  /**
   * 类别: 巡察 (by a city or county committee) or 巡视 (by the centre or a province).
   */
  kind?: '巡察' | '巡视';
  /**
   * 方式: Routine, special-topic, ad hoc, escalated or follow-up inspection.
   */
  mode?: '常规' | '专项' | '机动' | '提级' | '回头看';
  /**
   * 专项领域: The special topic, e.g. 行政审批服务领域.
   */
  topic?: string;
  /**
   * 轮次: The round, e.g. 十四届区委第一轮.
   */
  round?: string;
  inspectedUnit: Text;
  /**
   * 巡察期间: When the team was stationed at the unit.
   */
  period?: {
    start: IsoDate;
    end: IsoDate;
  };
  feedbackDate: IsoDate;
}
/**
 * 报告信息: This document: what it is and when it was made.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "report".
 */
export interface Report {
  /**
   * 文书类别: plan 整改方案, progress-report 整改进展情况报告, final-report 整改情况报告, notice 整改进展通报 (totals only, no list of problems).
   */
  kind: 'plan' | 'progress-report' | 'final-report' | 'notice';
  /**
   * 标题: The document's title.
   */
  title?: string;
  /**
   * 发文单位: Who issues the document, e.g. 中共XX局党组.
   */
  issuer?: string;
  date: IsoDate;
  publicationDate?: IsoDate;
  concentratedRectificationEnd?: IsoDate;
  /**
   * 依据方案: The document this one reports on or revises: the 整改方案 a progress report accounts for, or the previous version. A path relative to this file, in any format rectlint reads (JSON, .txt, .md, .docx); the plan-and-report rules compare the two.
   */
  basedOn?: string;
  /**
   * 监督联系方式: Channels for public supervision printed with the report.
   */
  contacts?: {
    /**
     * 方式: phone 电话, email 电子邮箱, mailbox 信箱, address 地址, postcode 邮编.
     */
    kind: 'phone' | 'email' | 'mailbox' | 'address' | 'postcode';
    value: Text;
  }[];
}
/**
 * 组织领导: How the unit organised the rectification.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "organization".
 */
export interface Organization {
  /**
   * 整改领导小组: The rectification leading group (领导小组).
   */
  leadingGroup?: {
    /**
     * 名称: The group's name.
     */
    name?: string;
    leader?: Person;
    /**
     * 副组长: The deputy leaders.
     */
    deputies?: Person[];
    /**
     * 成员: The members.
     */
    members?: Person[];
    /**
     * 成员说明: Members described as the report does, e.g. 各部门负责人.
     */
    membersText?: string;
  };
  firstResponsible?: Person;
}
/**
 * 申报数字: Totals as the report states them, e.g. 3个方面、9项问题.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "declared".
 */
export interface Declared {
  /**
   * 方面数: Declared number of aspects (方面).
   */
  aspects?: number;
  /**
   * 问题数: Declared number of problems (问题/条意见).
   */
  problems?: number;
  /**
   * 措施数: Declared number of measures (整改措施).
   */
  measures?: number;
  /**
   * 任务数: Declared number of rectification tasks (整改任务), counted against the measures.
   */
  tasks?: number;
  /**
   * 已完成数: Declared number of completed problems.
   */
  completed?: number;
  /**
   * 推进中数: Declared number of problems in progress.
   */
  inProgress?: number;
  /**
   * 基本完成数: Declared number of problems basically done (基本完成), which are not completed.
   */
  basicallyDone?: number;
  /**
   * 持续整改数: Declared number of problems under continuing rectification (持续整改/长期坚持).
   */
  ongoing?: number;
  /**
   * 未完成数: Declared number of problems not done (未完成).
   */
  notDone?: number;
  /**
   * 列举未尽: The declaration lists its items with 等 (…等3个方面), so the totals are not exhaustive.
   */
  approximate?: boolean;
  /**
   * 状态计数单位: What the declared status counts and completion rate count: problems (the default), rectification tasks (整改任务) or measures (整改措施), as in 160条整改任务已完成150项.
   */
  statusOf?: 'problems' | 'tasks' | 'measures';
  /**
   * 完成率: The completion rate as printed, e.g. 76%.
   */
  completionRate?: string;
  /**
   * 原文: The sentence that declares the totals.
   */
  text?: string;
}
/**
 * 问题方面: One aspect (方面) of the feedback.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "aspect".
 */
export interface Aspect {
  /**
   * 编号: Stable id, e.g. 1.
   */
  id?: string;
  title: Text;
  /**
   * 问题: The problems under this aspect.
   */
  problems: Problem[];
}
/**
 * 问题: One problem found by the inspection, with its rectification.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "problem".
 */
export interface Problem {
  /**
   * 编号: Stable id, e.g. 2.1.3.
   */
  id: string;
  title: Text;
  /**
   * 反馈原文: The inspection team's feedback text.
   */
  feedback?: string;
  /**
   * 原因分析: Cause analysis (原因分析): one entry per cause.
   */
  causes?: string[];
  /**
   * 责任领导: The responsible leader (责任领导/牵头领导).
   */
  responsibleLeader?: string;
  /**
   * 责任部门: The responsible department (责任单位/责任部门/责任科室).
   */
  responsibleDepartment?: string;
  /**
   * 责任人: The responsible person (责任人).
   */
  responsiblePerson?: string;
  deadline?: Deadline;
  /**
   * 时限原文: The deadline as the report words it, e.g. 5月末之前.
   */
  deadlineText?: string;
  /**
   * 标记: Tags such as 立行立改, 共性问题, 问题线索.
   */
  tags?: string[];
  /**
   * 整改措施: The rectification measures (整改措施).
   */
  measures?: Measure[];
  status?: Status;
  /**
   * 状态原文: The status label as the report prints it.
   */
  statusText?: string;
  /**
   * 整改情况: What has been done (整改情况/整改成效).
   */
  progress?: string;
  completionDate?: IsoDate;
  extension?: Extension;
  adjustment?: Adjustment;
  /**
   * 未完成原因: Why an open item stays open (体制机制, 历史遗留 …).
   */
  openReason?: string;
  nextMilestone?: IsoDate;
  /**
   * 佐证材料: Evidence that the problem is rectified.
   */
  evidence?: Evidence[];
  /**
   * 子问题: Sub-items of this problem.
   */
  items?: Problem[];
}
/**
 * 整改措施: One rectification measure.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "measure".
 */
export interface Measure {
  /**
   * 编号: Stable id, e.g. 2.1.3.1.
   */
  id?: string;
  /**
   * 措施内容: What will be or was done.
   */
  text: string;
  /**
   * 责任主体: Who carries the measure out.
   */
  owner?: string;
  deadline?: Deadline;
  /**
   * 时限原文: The deadline as the report words it.
   */
  deadlineText?: string;
  status?: Status;
  /**
   * 状态原文: The status label as the report prints it.
   */
  statusText?: string;
  completionDate?: IsoDate;
  /**
   * 佐证材料: Evidence that the measure is done.
   */
  evidence?: Evidence[];
}
/**
 * 佐证材料: One piece of evidence (佐证材料).
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "evidence".
 */
export interface Evidence {
  /**
   * 类型: Document, minutes, ledger, voucher, statistics, photo, report or other.
   */
  type: '文件' | '会议纪要' | '台账' | '凭证' | '统计' | '照片' | '报告' | '其他';
  title: Text;
  date?: IsoDate;
  /**
   * 文号或路径: A document number (文号) or a file path.
   */
  reference?: string;
}
/**
 * 延期批准: An approved extension of the deadline.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "extension".
 */
export interface Extension {
  deadline: IsoDate;
  reason: Text;
  /**
   * 批准人: Who approved the extension.
   */
  approvedBy?: string;
  approvalDate?: IsoDate;
}
/**
 * 调整说明: Why the problem's measures or tasks differ from the plan's (merged, replaced, dropped), and who approved the change.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "adjustment".
 */
export interface Adjustment {
  reason: Text;
  /**
   * 批准人: Who approved the change.
   */
  approvedBy?: string;
  approvalDate?: IsoDate;
}
/**
 * 长效机制承诺: A recurring commitment, e.g. 每季度至少召开一次安全生产工作分析会.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "commitment".
 */
export interface Commitment {
  /**
   * 编号: Stable id, referred to by meetings.
   */
  id: string;
  text: Text;
  /**
   * 频次: How often: count times per period.
   */
  frequency: {
    /**
     * 次数: How many times per period.
     */
    count: number;
    /**
     * 周期: month 每月, quarter 每季度, half-year 每半年, year 每年.
     */
    per: 'month' | 'quarter' | 'half-year' | 'year';
    /**
     * 约束: at-least 至少, exactly 恰好.
     */
    bound?: 'at-least' | 'exactly';
  };
  start?: IsoDate;
  end?: IsoDate;
  /**
   * 认定方式: Which logged meetings or activities count towards it: those of these kinds, and those naming this commitment's id.
   */
  satisfiedBy: {
    /**
     * 会议类别: Meeting kinds that count, matched against meetings[].kind.
     *
     * @minItems 1
     */
    kinds: [Text, ...Text[]];
  };
  /**
   * 关联问题: The problem this commitment answers, if any.
   */
  problemId?: string;
}
/**
 * 会议记录: A meeting or activity held.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "meeting".
 */
export interface Meeting {
  date: IsoDate;
  kind: Text;
  /**
   * 名称: The meeting's title or subject.
   */
  title?: string;
  /**
   * 纪要: Reference to the minutes (会议纪要).
   */
  minutes?: string;
  /**
   * 对应承诺: Ids of the commitments this meeting counts towards, whatever its kind.
   */
  commitments?: string[];
  /**
   * 次数: How many meetings this entry stands for, when a report gives only a count.
   */
  count?: number;
}
