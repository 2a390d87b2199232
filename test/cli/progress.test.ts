import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { progressBar } from '../../src/cli/progress.js';
import { basePlan } from '../fixtures/base-plan.js';
import { tempProject } from '../temp-project.js';

const CLEAR = '\r\u001b[2K';

async function run(files: number, stderrIsTTY: boolean) {
  const plans = Object.fromEntries(Array.from({ length: files }, (_, i) => [`plans/p${String(i).padStart(3, '0')}.json`, basePlan()]));
  const root = tempProject(plans);
  let stdout = '';
  let stderr = '';
  const code = await main(['check', 'plans'], {
    stdout: { write: (t: string) => (stdout += t), isTTY: false },
    stderr: { write: (t: string) => (stderr += t), isTTY: stderrIsTTY },
    env: { LANG: 'zh_CN.UTF-8' },
    cwd: root,
  });
  return { code, stdout, stderr };
}

describe('progress bar', () => {
  it('draws on a terminal stderr for a long batch and erases itself at the end, leaving stdout alone', async () => {
    const { code, stdout, stderr } = await run(25, true);
    expect(code).toBe(0);
    expect(stderr.startsWith(`${CLEAR}检查中 [`)).toBe(true);
    expect(stderr).toContain(`${CLEAR}检查中 [█████████████░░░░░░░░░░░░░░░] 12/25 48%`);
    expect(stderr.endsWith(`24/25 96%${CLEAR}`)).toBe(true);
    expect(stdout).not.toContain('检查中');
    expect(stdout).toContain('25 份方案');
  });

  it('stays silent when stderr is not a terminal, or the batch is short', async () => {
    expect((await run(25, false)).stderr).toBe('');
    expect((await run(3, true)).stderr).toBe('');
  });

  it('redraws at most once per percent', () => {
    const writes: string[] = [];
    const bar = progressBar({ write: (t: string) => writes.push(t), isTTY: true }, 'en')!;
    for (let done = 0; done < 1000; done++) bar.update({ done, total: 1000 });
    bar.update({ done: 1000, total: 1000 });
    expect(writes).toHaveLength(101);
    expect(writes[1]).toBe(`${CLEAR}checking [░░░░░░░░░░░░░░░░░░░░░░░░░░░░] 10/1000 1%`);
    expect(writes.at(-1)).toBe(CLEAR);
  });
});
