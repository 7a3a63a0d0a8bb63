// Bytes → text for data files. County staff save CSVs from Excel or WPS, so a
// file may carry a UTF-8 BOM, be GBK (WPS's and Excel's default "CSV" on a
// Chinese Windows), or not be a CSV at all (an .xlsx renamed, or the web
// server's HTML error page served in place of a missing file).

import { fileMessages, makeProblem } from './messages';
import type { Problem } from './types';

export type FileKind = 'csv' | 'text';

export interface DecodeOptions {
  /** 'csv' (default) or 'text' for report texts: only changes the wording of problems. */
  kind?: FileKind;
  /** For an empty CSV, the header line the file should at least have. */
  expectedHeader?: readonly string[];
}

export interface DecodedFile {
  /** The text without BOM, or null when the file cannot be read as text. */
  text: string | null;
  problems: Problem[];
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** Signatures of files people save or upload by mistake, checked at the start of the bytes. */
const MAGIC_NUMBERS: ReadonlyArray<{ bytes: readonly number[]; kind: string }> = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], kind: ' Excel（.xlsx）、WPS 表格或 ZIP 压缩文件' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], kind: '旧版 Excel（.xls）或 Word（.doc）文件' },
  { bytes: [0x25, 0x50, 0x44, 0x46], kind: ' PDF 文件' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], kind: ' PNG 图片' },
  { bytes: [0xff, 0xd8, 0xff], kind: ' JPEG 图片' },
  { bytes: [0x47, 0x49, 0x46, 0x38], kind: ' GIF 图片' },
  { bytes: [0x52, 0x61, 0x72, 0x21], kind: ' RAR 压缩文件' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], kind: ' RTF 文档' },
];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b);
}

/** What kind of non-text file this is, or null if it may be text. */
function binaryKind(bytes: Uint8Array): string | null {
  const magic = MAGIC_NUMBERS.find((m) => startsWith(bytes, m.bytes));
  if (magic) return magic.kind;
  // Text in UTF-8 or GBK never contains NUL; binary formats almost always do early on.
  const head = bytes.subarray(0, 8192);
  return head.includes(0) ? '二进制文件' : null;
}

function looksLikeHtml(text: string): boolean {
  const head = text.trimStart().slice(0, 200).toLowerCase();
  return head.startsWith('<!doctype') || head.startsWith('<html') || head.startsWith('<?xml') || head.startsWith('<head');
}

/**
 * Decodes a data file. `file` names it in problems (relative to data/).
 * Never throws: unreadable input gives `text: null` and an error problem.
 */
export function decodeBytes(bytes: Uint8Array, file: string, options: DecodeOptions = {}): DecodedFile {
  const { kind = 'csv', expectedHeader } = options;
  const where = { file };
  const emptyDetail = expectedHeader ? fileMessages.empty(expectedHeader) : fileMessages.emptyText();
  const error = (code: Problem['code'], detail: string): DecodedFile => ({
    text: null,
    problems: [makeProblem('error', code, where, detail)],
  });

  const hasBom = startsWith(bytes, UTF8_BOM);
  const body = hasBom ? bytes.subarray(UTF8_BOM.length) : bytes;
  if (body.length === 0) return error('file_empty', emptyDetail);

  if (startsWith(body, [0xff, 0xfe]) || startsWith(body, [0xfe, 0xff])) return error('not_csv', fileMessages.utf16());
  const binary = binaryKind(body);
  if (binary !== null) {
    return error('not_csv', kind === 'csv' ? fileMessages.binary(binary) : fileMessages.binaryText(binary));
  }

  const problems: Problem[] = [];
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    // Not UTF-8: WPS and Excel on Chinese Windows save "CSV" as GBK. The
    // WHATWG 'gbk' decoder is GB18030, a superset, so every GBK file decodes.
    text = new TextDecoder('gbk').decode(body);
    problems.push(makeProblem('warning', 'encoding_gbk', where, kind === 'csv' ? fileMessages.gbk() : fileMessages.gbkText()));
  }

  if (looksLikeHtml(text)) return error('not_csv', fileMessages.html());
  if (text.trim() === '') return error('file_empty', emptyDetail);
  return { text, problems };
}

/** Report texts compare with quotes after this: no BOM, \n line ends. */
export function normaliseLineEnds(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}
