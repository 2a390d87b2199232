/** One thing wrong in a configuration: the file, the place in it when known, and what is wrong. */
export interface ConfigProblem {
  file: string;
  detail: string;
  line?: number;
  column?: number;
}

function where(problem: ConfigProblem): string {
  return `${problem.file}${problem.line ? `:${problem.line}:${problem.column ?? 1}` : ''}`;
}

/**
 * A configuration that cannot be used, with every problem found in it (all at once, as a linter's user expects,
 * each at its line and column); exit code 2. `file`, `detail`, `line` and `column` are the first problem's.
 */
export class ConfigError extends Error {
  readonly problems: readonly ConfigProblem[];

  constructor(file: string, detail: string, line?: number, column?: number);
  constructor(problems: readonly ConfigProblem[]);
  constructor(first: string | readonly ConfigProblem[], detail?: string, line?: number, column?: number) {
    const problems = typeof first === 'string' ? [{ file: first, detail: detail ?? '', line, column }] : first;
    super(problems.map((problem) => `${where(problem)}: ${problem.detail}`).join('\n'));
    this.name = 'ConfigError';
    this.problems = problems;
  }

  get file(): string {
    return this.problems[0].file;
  }

  get detail(): string {
    return this.problems[0].detail;
  }

  get line(): number | undefined {
    return this.problems[0].line;
  }

  get column(): number | undefined {
    return this.problems[0].column;
  }
}
