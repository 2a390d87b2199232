/* Generated from schemas/config.schema.json by `npm run gen:types`; do not edit. */

/**
 * This interface was referenced by `RectlintConfig`'s JSON-Schema
 * via the `definition` "ruleSetting".
 */
export type RuleSetting =
  | Severity
  | {
      severity: Severity;
      options?: {};
    };
/**
 * 级别: off, info, warn or error; or ESLint's 0 (off), 1 (warn), 2 (error).
 *
 * This interface was referenced by `RectlintConfig`'s JSON-Schema
 * via the `definition` "severity".
 */
export type Severity = 'off' | 'info' | 'warn' | 'error' | 0 | 1 | 2;

/**
 * rectlint 配置: rectlint.config.json: presets, rules, files and overrides.
 */
export interface RectlintConfig {
  /**
   * 模式: The JSON Schema this file declares, for editors.
   */
  $schema?: string;
  /**
   * 继承: Presets (rectlint:recommended, rectlint:strict, rectlint:publish) or config files to start from; rectlint:recommended when absent, nothing with [].
   */
  extends?: string | string[];
  /**
   * 插件: Modules exporting rules: package names or paths relative to this file.
   */
  plugins?: string[];
  /**
   * 规则设置: Rule id → severity, or {severity, options}.
   */
  rules?: {
    [k: string]: RuleSetting;
  };
  /**
   * 评分权重: Rule id → weight of one check in the compliance score.
   */
  weights?: {
    [k: string]: number;
  };
  /**
   * 检查文件: Globs of plan files to check when a directory is given.
   */
  files?: string[];
  /**
   * 忽略文件: Globs of files never to check.
   */
  ignores?: string[];
  /**
   * 导入: How reports and ledgers are read: the office’s own labels and column headers.
   */
  import?: {
    fields?: FieldWords;
    columns?: FieldWords;
  };
  /**
   * 按文件覆盖: Rule settings for files matching globs.
   */
  overrides?: {
    /**
     * 匹配文件: Globs relative to this file.
     *
     * @minItems 1
     */
    files: [string, ...string[]];
    /**
     * 排除文件: Globs excluded from this override.
     */
    ignores?: string[];
    /**
     * 规则设置: Rule id → severity, or {severity, options}.
     */
    rules?: {
      [k: string]: RuleSetting;
    };
  }[];
}
/**
 * 字段用词: Field id → extra words naming it.
 *
 * This interface was referenced by `RectlintConfig`'s JSON-Schema
 * via the `definition` "fieldWords".
 */
export interface FieldWords {
  /**
   * 序号: Words for the number field.
   */
  sequence?: string[];
  /**
   * 问题类别: Words for the aspect field.
   */
  aspect?: string[];
  /**
   * 反馈问题: Words for the feedback field.
   */
  feedback?: string[];
  /**
   * 原因分析: Words for the causes field.
   */
  causes?: string[];
  /**
   * 整改目标: Words for the goal field.
   */
  goal?: string[];
  /**
   * 整改措施: Words for the measures field.
   */
  measures?: string[];
  /**
   * 整改情况: Words for the progress field.
   */
  progress?: string[];
  /**
   * 整改成效: Words for the outcome field.
   */
  outcome?: string[];
  /**
   * 整改状态: Words for the status field.
   */
  status?: string[];
  /**
   * 责任领导: Words for the responsible leader field.
   */
  leader?: string[];
  /**
   * 责任单位: Words for the responsible department field.
   */
  department?: string[];
  /**
   * 配合单位: Words for the cooperating units field.
   */
  cooperating?: string[];
  /**
   * 责任人: Words for the responsible person field.
   */
  person?: string[];
  /**
   * 整改时限: Words for the deadline field.
   */
  deadline?: string[];
  /**
   * 完成日期: Words for the completion date field.
   */
  completion?: string[];
  /**
   * 佐证材料: Words for the evidence field.
   */
  evidence?: string[];
  /**
   * 未完成原因: Words for the reason still open field.
   */
  openReason?: string[];
  /**
   * 下一步措施: Words for the next steps field.
   */
  nextSteps?: string[];
  /**
   * 备注: Words for the remarks field.
   */
  remarks?: string[];
}
