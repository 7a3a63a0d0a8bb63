// Text PDF → text with pdf.js (pdfjs-dist 3.11's legacy build: transpiled for
// old browsers, it runs in Chromium 80). Loaded only when a PDF is read, so
// the page's other views do not carry it. Lines that the PDF merely wrapped
// (they reach the right margin and do not end a sentence) are joined again,
// because the drafter reads a line break as the end of a sentence.
// A PDF with pages but (almost) no text is a scan: refused with a message.

/** Minimal shape of the pdf.js API used here. */
interface TextItem {
  str: string;
  hasEOL?: boolean;
  width: number;
  transform: number[];
}
interface PdfPage {
  getTextContent(): Promise<{ items: Array<TextItem | { type: string }> }>;
}
interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<PdfPage>;
  destroy(): Promise<void>;
}
export interface PdfJs {
  getDocument(params: Record<string, unknown>): { promise: Promise<PdfDocument> };
  GlobalWorkerOptions: { workerSrc: string };
}

let loading: Promise<PdfJs> | null = null;

/**
 * In Node, pdf.js's legacy build logs that it cannot load the optional `canvas`
 * package (only needed for drawing pages, not for text) — on stdout, where the
 * CLI writes its CSV. Those lines are held back while it loads.
 */
async function quietly<T>(load: () => Promise<T>): Promise<T> {
  if (typeof window !== 'undefined') return load();
  const { log, warn } = console;
  const keep = (write: (...args: unknown[]) => void) => (...args: unknown[]) => {
    if (!/Cannot polyfill|canvas/.test(String(args[0]))) write(...args);
  };
  console.log = keep(log);
  console.warn = keep(warn);
  try {
    return await load();
  } finally {
    console.log = log;
    console.warn = warn;
  }
}

/** pdf.js separates runs of Chinese and Latin text with a space (开展活动 12 次); the report has none. */
const HAN_OR_PUNCT = '\\u4e00-\\u9fff\\u3000-\\u303f\\uff00-\\uffef';
const SPACE_AFTER_HAN = new RegExp(`([${HAN_OR_PUNCT}]) +(?=[0-9A-Za-z%])`, 'g');
const SPACE_BEFORE_HAN = new RegExp(`([0-9A-Za-z%]) +(?=[${HAN_OR_PUNCT}])`, 'g');

export function dropRunSpaces(text: string): string {
  return text.replace(SPACE_AFTER_HAN, '$1').replace(SPACE_BEFORE_HAN, '$1');
}

/**
 * pdf.js 3.11's legacy build brings core-js for most newer built-ins, but its
 * main-thread part calls Array.prototype.at (Chromium 92) unguarded; its worker
 * polyfills it itself. Defined here, before pdf.js loads, only where missing.
 */
function polyfillAt(): void {
  const at = function (this: ArrayLike<unknown>, index: number) {
    const n = Math.trunc(index) || 0;
    const i = n < 0 ? this.length + n : n;
    return i < 0 || i >= this.length ? undefined : this[i];
  };
  const typedArray = Object.getPrototypeOf(Int8Array.prototype) as object;
  for (const proto of [Array.prototype, String.prototype, typedArray]) {
    if (!('at' in proto)) Object.defineProperty(proto, 'at', { value: at, writable: true, configurable: true });
  }
}

/** pdf.js, loaded once; in a browser its worker comes from the built site. */
export function loadPdfJs(): Promise<PdfJs> {
  loading ??= (async () => {
    polyfillAt();
    const mod = (await quietly(() => import('pdfjs-dist/legacy/build/pdf.js'))) as unknown as PdfJs & { default?: PdfJs };
    const pdfjs = typeof (mod as { getDocument?: unknown }).getDocument === 'function' ? mod : mod.default!;
    if (typeof window !== 'undefined' && typeof document !== 'undefined' && pdfjs.GlobalWorkerOptions.workerSrc === '') {
      const worker = await import('pdfjs-dist/legacy/build/pdf.worker.min.js?url');
      pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
    }
    return pdfjs;
  })();
  return loading;
}

const SENTENCE_END = /[。！？；：!?;:]$/;
const STARTS_A_HEADING = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．])/;

interface Line {
  text: string;
  right: number;
  size: number;
}

function pageLines(items: ReadonlyArray<TextItem | { type: string }>): Line[] {
  const lines: Line[] = [];
  let current: Line = { text: '', right: 0, size: 0 };
  for (const item of items) {
    if (!('str' in item)) continue;
    current.text += item.str;
    if (item.str.trim() !== '') {
      current.right = Math.max(current.right, item.transform[4]! + item.width);
      current.size = Math.max(current.size, Math.abs(item.transform[0]!) || Math.abs(item.transform[3]!));
    }
    if (item.hasEOL) {
      lines.push(current);
      current = { text: '', right: 0, size: 0 };
    }
  }
  if (current.text !== '') lines.push(current);
  return lines;
}

/** Joins the lines a page wrapped: a full-width line that ends mid-sentence runs on into the next. */
export function joinWrappedLines(lines: readonly Line[]): string {
  const margin = Math.max(0, ...lines.map((l) => l.right));
  let out = '';
  lines.forEach((line, i) => {
    const text = line.text.replace(/\s+$/, '');
    out += text;
    const next = lines[i + 1];
    if (!next) return;
    const full = line.right >= margin - 2 * (line.size || 12);
    const runsOn = full && !SENTENCE_END.test(text) && !STARTS_A_HEADING.test(next.text.trim());
    out += runsOn ? '' : '\n';
  });
  return out;
}

export interface PdfResult {
  text: string | null;
  messages: string[];
  pages: number;
}

/** Text of a PDF's pages, in order. */
export async function readPdf(bytes: Uint8Array, pdfjs?: PdfJs): Promise<PdfResult> {
  const lib = pdfjs ?? (await loadPdfJs());
  let doc: PdfDocument;
  try {
    // A copy: pdf.js takes the buffer over (it is transferred to the worker).
    doc = await lib.getDocument({ data: bytes.slice(), isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === 'PasswordException') return { text: null, pages: 0, messages: ['这个 PDF 设有打开密码，无法读取。请报送单位提供没有密码的文件。'] };
    return { text: null, pages: 0, messages: ['这个 PDF 文件已损坏或不完整，无法读取。'] };
  }
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(joinWrappedLines(pageLines(content.items)));
    }
    const text = dropRunSpaces(pages.join('\n').replace(/[ \t]+\n/g, '\n')).trim();
    const visible = text.replace(/\s/g, '').length;
    if (visible < 10 * Math.max(1, doc.numPages) && visible < 50) {
      return {
        text: null,
        pages: doc.numPages,
        messages: [`这个 PDF（${doc.numPages} 页）没有可复制的文字，像是扫描件或图片。本工具不做文字识别：请向报送单位索要 Word（.docx）版或可复制文字的 PDF，或把报告文字粘贴到文本框。`],
      };
    }
    return { text, pages: doc.numPages, messages: [] };
  } finally {
    await doc.destroy();
  }
}
