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
 * 级别: off, info, warn or error.
 *
 * This interface was referenced by `RectlintConfig`'s JSON-Schema
 * via the `definition` "severity".
 */
export type Severity = 'off' | 'info' | 'warn' | 'error';

/**
 * rectlint 配置: rectlint.config.json: presets, rules, files and overrides.
 */
export interface RectlintConfig {
  /**
   * 模式: The JSON Schema this file declares, for editors.
   */
  $schema?: string;
  /**
   * 继承: Presets (rectlint:recommended, rectlint:strict, rectlint:publish) or config files to start from.
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
