/**
 * Legacy Word files (.doc, and WPS Writer's .wps, which WPS writes in the same binary format) converted to .docx
 * with LibreOffice (`soffice --headless --convert-to docx`) when it is installed, so the Word reader reads them;
 * without it, a message naming the formats that are read and how to save the file as .docx. The conversion runs
 * in a temporary folder with a LibreOffice profile of this process's own (so it never meets a LibreOffice the
 * user has open), and is stopped after a time limit (a file asking for a password would wait for ever).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isCompoundFile, isEncryptedPackage } from '../read/compound-file.js';
import type { LocalizedText } from '../rule-kit/types.js';

/** Extensions converted to .docx before reading. */
export const CONVERTED_EXTENSIONS: readonly string[] = ['.doc', '.wps'];

/** How long one conversion may take. */
const TIME_LIMIT_MS = 120_000;

export type Converted = { bytes: Uint8Array } | { error: LocalizedText };

const SAVE_AS = {
  zh: '请在 Word 或 WPS 中打开，选择“另存为”→“Word 文档（*.docx）”后再检查',
  en: 'open it in Word or WPS and use Save As → Word Document (*.docx), then check it again',
};

/** The LibreOffice program: $RECTLINT_SOFFICE, else soffice (or libreoffice) on the PATH. */
export function findSoffice(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.RECTLINT_SOFFICE) return env.RECTLINT_SOFFICE;
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    for (const name of ['soffice', 'libreoffice']) {
      const candidate = join(dir, name);
      if (dir && existsSync(candidate)) return candidate;
    }
  }
  return undefined;
}

/** A compound file's header and first directory take this many bytes; a Word file is never shorter. */
const COMPOUND_HEADER_BYTES = 512;

/**
 * What is wrong with the bytes before LibreOffice sees them: it would read a compound file cut short as plain text
 * (its binary bytes shown as words), and wait on a file that asks for a password until the time limit.
 */
function refusedBeforeConverting(bytes: Uint8Array, extension: string): LocalizedText | undefined {
  if (isCompoundFile(bytes) && bytes.length < COMPOUND_HEADER_BYTES) {
    return {
      zh: `无法读取 ${extension} 文件：文件不完整（只有 ${bytes.length} 字节，不到 Word 文件头的 ${COMPOUND_HEADER_BYTES} 字节），可能在下载或复制时中断；请取得完整的文件`,
      en: `cannot read the ${extension} file: it is cut short (${bytes.length} bytes, less than the ${COMPOUND_HEADER_BYTES}-byte header of a Word file), perhaps interrupted while downloading or copying; get the whole file`,
    };
  }
  if (isEncryptedPackage(bytes)) {
    return {
      zh: `无法读取 ${extension} 文件：文件设有打开密码（已加密）；请在 Word 或 WPS 中取消密码后另存为 .docx`,
      en: `cannot read the ${extension} file: it is protected with a password (encrypted); remove the password in Word or WPS and save it as .docx`,
    };
  }
  return undefined;
}

/** The file's bytes as a .docx, converted by LibreOffice. */
export async function convertToDocx(bytes: Uint8Array, fileName: string, env: NodeJS.ProcessEnv = process.env): Promise<Converted> {
  const extension = extname(fileName).toLowerCase();
  const refused = refusedBeforeConverting(bytes, extension);
  if (refused) return { error: refused };
  const soffice = findSoffice(env);
  if (!soffice) {
    return {
      error: {
        zh: `无法读取 ${extension} 文件：读取它需要 LibreOffice（soffice）把它转换为 .docx，但本机未安装。rectlint 直接读取 .docx、.xlsx、.csv、.pdf、.txt、.md；${SAVE_AS.zh}`,
        en: `cannot read a ${extension} file: reading it takes LibreOffice (soffice) to convert it to .docx, and it is not installed. rectlint reads .docx, .xlsx, .csv, .pdf, .txt and .md directly; ${SAVE_AS.en}`,
      },
    };
  }
  const work = await mkdtemp(join(tmpdir(), 'rectlint-convert-'));
  try {
    const input = join(work, `report${extension}`);
    await writeFile(input, bytes);
    const outcome = await run(soffice, ['-env:UserInstallation=' + pathToFileURL(profileDir()).href, '--headless', '--norestore', '--nologo', '--nolockcheck', '--convert-to', 'docx', '--outdir', join(work, 'out'), input]);
    const output = join(work, 'out', 'report.docx');
    if (outcome.timedOut || !existsSync(output)) {
      const why = outcome.timedOut ? { zh: `转换超过 ${TIME_LIMIT_MS / 1000} 秒未完成（文件可能设有密码）`, en: `the conversion took longer than ${TIME_LIMIT_MS / 1000} s (the file may be protected with a password)` } : { zh: `LibreOffice 未能转换（${outcome.detail || `退出码 ${outcome.code}`}）`, en: `LibreOffice could not convert it (${outcome.detail || `exit code ${outcome.code}`})` };
      return { error: { zh: `无法读取 ${extension} 文件：${why.zh}；${SAVE_AS.zh}`, en: `cannot read the ${extension} file: ${why.en}; ${SAVE_AS.en}` } };
    }
    return { bytes: new Uint8Array(await readFile(output)) };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

let profile: string | undefined;

/** A LibreOffice profile for this process, made on first use and removed when the process ends. */
function profileDir(): string {
  if (!profile) {
    const dir = mkdtempSync(join(tmpdir(), 'rectlint-soffice-profile-'));
    profile = dir;
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  }
  return profile;
}

function run(program: string, args: string[]): Promise<{ code: number | null; timedOut: boolean; detail: string }> {
  return new Promise((resolve) => {
    const child = spawn(program, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: process.platform !== 'win32' });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      // The whole process group: soffice starts a child (soffice.bin) that would outlive it.
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, TIME_LIMIT_MS);
    const finish = (code: number | null) => {
      clearTimeout(timer);
      // LibreOffice's harmless warnings (no Java) are not the reason a conversion failed.
      const detail = stderr.split('\n').filter((line) => line.trim() && !/javaldx|java may not/u.test(line)).join(' ').slice(0, 200);
      resolve({ code, timedOut, detail });
    };
    child.on('error', (error) => {
      stderr += error.message;
      finish(null);
    });
    child.on('close', finish);
  });
}
