/**
 * pdf.js, loaded on first use, and what this reader takes from each page: the text runs with their positions and
 * the ruling lines drawn on it (table borders). pdf.js runs in this thread (its "fake worker"), evaluates no code,
 * loads no fonts and renders nothing.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LocalizedText } from '../../rule-kit/types.js';
import { normalizeRadicals } from './radicals-map.js';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;

/** A run of text as the page draws it, in page coordinates with y growing downwards (from the page's top). */
export interface TextRun {
  text: string;
  x: number;
  /** The baseline. */
  y: number;
  width: number;
  /** The font size. */
  size: number;
}

/** A ruling line: horizontal (y fixed, from x1 to x2) or vertical (x fixed, from y1 to y2). */
export interface Ruling {
  horizontal: boolean;
  /** The fixed coordinate: y of a horizontal line, x of a vertical one. */
  at: number;
  from: number;
  to: number;
}

export interface PageContent {
  number: number;
  width: number;
  height: number;
  runs: TextRun[];
  rulings: Ruling[];
}

let loaded: Promise<PdfJs> | undefined;

async function pdfjs(): Promise<PdfJs> {
  loaded ??= (async () => {
    // pdf.js polyfills the DOM's geometry classes from @napi-rs/canvas for rendering, which this reader never does;
    // where that package is absent, stand-ins keep pdf.js from warning on stdout about it.
    const require = createRequire(import.meta.url);
    try {
      require.resolve('@napi-rs/canvas');
    } catch {
      const globals = globalThis as Record<string, unknown>;
      for (const name of ['DOMMatrix', 'ImageData', 'Path2D']) globals[name] ??= class {};
    }
    const lib = await import('pdfjs-dist/legacy/build/pdf.mjs');
    // pdf.js runs the worker found here in this thread rather than importing its own (see bounded-worker.ts).
    (globalThis as Record<string, unknown>).pdfjsWorker ??= await (await import('./bounded-worker.js')).boundedWorker();
    return lib;
  })();
  return loaded;
}

/** Where pdf.js finds the character maps of CID fonts and the standard fonts' metrics. */
function dataUrls(): { cMapUrl: string; standardFontDataUrl: string } {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return { cMapUrl: `${pathToFileURL(join(root, 'cmaps')).href}/`, standardFontDataUrl: `${pathToFileURL(join(root, 'standard_fonts')).href}/` };
}

export async function openPdf(bytes: Uint8Array): Promise<PdfDocument | { error: LocalizedText }> {
  const lib = await pdfjs();
  try {
    const task = lib.getDocument({
      // pdf.js takes the buffer over: give it a copy so the caller's bytes stay intact.
      data: new Uint8Array(bytes),
      ...dataUrls(),
      cMapPacked: true,
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: lib.VerbosityLevel.ERRORS,
      stopAtErrors: false,
    });
    return await task.promise;
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === 'PasswordException') {
      return { error: { zh: 'PDF 设有打开密码，无法读取：请提供未加密的 PDF 或原始的 Word 文档（.docx）', en: 'the PDF is protected with a password and cannot be read: give an unencrypted PDF or the original Word document (.docx)' } };
    }
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { error: { zh: `无法读取 PDF 文件，文件可能已损坏：${detail}`, en: `cannot read the PDF, it may be damaged: ${detail}` } };
  }
}

/** A page's text runs and rulings. */
export async function pageContent(document: PdfDocument, number: number): Promise<PageContent> {
  const lib = await pdfjs();
  const page = await document.getPage(number);
  const [x0, y0, x1, y1] = page.view;
  const height = y1 - y0;
  const content = await page.getTextContent();
  const runs: TextRun[] = [];
  for (const item of content.items) {
    if (!('str' in item) || item.str === '') continue;
    const [a, b, c, d, e, f] = item.transform as number[];
    const size = Math.hypot(c, d) || Math.hypot(a, b);
    // Only horizontal text: rotated stamps and vertical captions are not the report's lines.
    if (Math.abs(b) > 0.01 * Math.abs(a) + 1e-6) continue;
    runs.push({ text: normalizeRadicals(item.str), x: e - x0, y: y1 - f, width: item.width, size });
  }
  const rulings = rulingsOf(lib, await page.getOperatorList(), x0, y1);
  page.cleanup();
  return { number, width: x1 - x0, height, runs, rulings };
}

type OperatorList = { fnArray: number[]; argsArray: unknown[] };
type Matrix = [number, number, number, number, number, number];

const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];
const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

/** A ruling is at most this thick (in points); thicker filled boxes are shading, not lines. */
const THICKNESS = 2.5;
/** And at least this long. */
const MIN_LENGTH = 4;

/**
 * The straight lines a page draws: thin filled rectangles (how browsers and Word print cell borders) and stroked
 * horizontal or vertical path segments, in page coordinates (y down).
 */
function rulingsOf(lib: PdfJs, list: OperatorList, left: number, top: number): Ruling[] {
  const { OPS } = lib;
  const rulings: Ruling[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const toPage = (x: number, y: number): [number, number] => {
    const [px, py] = apply(ctm, x, y);
    return [px - left, top - py];
  };
  const addBox = (ax: number, ay: number, bx: number, by: number) => {
    const [x1, y1] = toPage(ax, ay);
    const [x2, y2] = toPage(bx, by);
    const [minX, maxX, minY, maxY] = [Math.min(x1, x2), Math.max(x1, x2), Math.min(y1, y2), Math.max(y1, y2)];
    const w = maxX - minX;
    const h = maxY - minY;
    if (h <= THICKNESS && w >= MIN_LENGTH) rulings.push({ horizontal: true, at: (minY + maxY) / 2, from: minX, to: maxX });
    else if (w <= THICKNESS && h >= MIN_LENGTH) rulings.push({ horizontal: false, at: (minX + maxX) / 2, from: minY, to: maxY });
  };
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i] as unknown[];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = multiply(ctm, args as unknown as Matrix);
    else if (fn === OPS.constructPath) {
      const paint = args[0] as number;
      const paths = args[1] as ArrayLike<number>[] | undefined;
      if (paint === OPS.endPath || paint === OPS.clip || paint === OPS.eoClip || !paths) continue;
      const stroked = paint === OPS.stroke || paint === OPS.closeStroke || paint === OPS.fillStroke || paint === OPS.eoFillStroke || paint === OPS.closeFillStroke || paint === OPS.closeEOFillStroke;
      for (const path of paths) segmentsOf(path, stroked, addBox);
    }
  }
  return rulings;
}

/**
 * The parts of a path that can be rulings: each filled subpath by its bounding box (a thin rectangle is a line),
 * each straight segment of a stroked path.
 */
function segmentsOf(path: ArrayLike<number>, stroked: boolean, add: (ax: number, ay: number, bx: number, by: number) => void): void {
  // pdf.js path data: 0 moveTo x y, 1 lineTo x y, 2 curveTo 6 numbers, 3 quadraticCurveTo 4 numbers, 4 closePath.
  let box = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity, curved: false };
  const flush = () => {
    if (!stroked && !box.curved && Number.isFinite(box.minX)) add(box.minX, box.minY, box.maxX, box.maxY);
    box = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity, curved: false };
  };
  const extend = (px: number, py: number) => {
    box.minX = Math.min(box.minX, px);
    box.maxX = Math.max(box.maxX, px);
    box.minY = Math.min(box.minY, py);
    box.maxY = Math.max(box.maxY, py);
  };
  let [startX, startY, x, y] = [0, 0, 0, 0];
  for (let i = 0; i < path.length; ) {
    const op = path[i];
    if (op === 0) {
      flush();
      [startX, startY, x, y] = [path[i + 1], path[i + 2], path[i + 1], path[i + 2]];
      extend(x, y);
      i += 3;
    } else if (op === 1) {
      const [nx, ny] = [path[i + 1], path[i + 2]];
      if (stroked) add(x, y, nx, ny);
      [x, y] = [nx, ny];
      extend(x, y);
      i += 3;
    } else if (op === 2 || op === 3) {
      const count = op === 2 ? 6 : 4;
      box.curved = true;
      [x, y] = [path[i + count - 1], path[i + count]];
      extend(x, y);
      i += count + 1;
    } else {
      if (stroked) add(x, y, startX, startY);
      [x, y] = [startX, startY];
      i += 1;
    }
  }
  flush();
}
