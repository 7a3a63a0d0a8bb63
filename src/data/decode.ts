// Bytes → text for data files. County staff save CSVs from Excel or WPS, so a
// file may carry a UTF-8 BOM, be GBK (WPS's and Excel's default "CSV" on a
// Chinese Windows), or not be a CSV at all (an .xlsx renamed, or the web
// server's HTML error page served in place of a missing file).

import { MAX_FILE_BYTES } from './limits';
import { fileMessages, makeProblem, SAVE_AS } from './messages';
import { damagedUtf8, detectMojibake } from './mojibake';
import type { Problem } from './types';

export type FileKind = 'csv' | 'text';

export interface DecodeOptions {
  /** 'csv' (default) or 'text' for report texts: only changes the wording of problems. */
  kind?: FileKind;
  /** For an empty CSV, the header line the file should at least have. */
  expectedHeader?: readonly string[];
  /** Bytes read at most (limits.ts); a larger file is not read. */
  maxBytes?: number;
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
  const { kind = 'csv', expectedHeader, maxBytes = MAX_FILE_BYTES } = options;
  const where = { file };
  const emptyDetail = expectedHeader ? fileMessages.empty(expectedHeader) : fileMessages.emptyText();
  const error = (code: Problem['code'], detail: string): DecodedFile => ({
    text: null,
    problems: [makeProblem('error', code, where, detail)],
  });

  if (bytes.length > maxBytes) {
    const megabytes = (n: number) => Math.ceil(n / (1024 * 1024));
    return error('file_too_large', fileMessages.tooLarge(megabytes(bytes.length), megabytes(maxBytes)));
  }
  const hasBom = startsWith(bytes, UTF8_BOM);
  const body = hasBom ? bytes.subarray(UTF8_BOM.length) : bytes;
  if (body.length === 0) return error('file_empty', emptyDetail);

  const problems: Problem[] = [];
  const finish = (text: string): DecodedFile => {
    if (looksLikeHtml(text)) return error('not_csv', fileMessages.html());
    if (text.trim() === '') return error('file_empty', emptyDetail);
    return { text, problems };
  };

  // UTF-16 (Excel's "Unicode 文本", Notepad's "Unicode"): read it, and say how to save it.
  const utf16 = MAGIC_NUMBERS.some((m) => startsWith(body, m.bytes)) ? null : utf16Encoding(body);
  if (utf16 !== null) {
    problems.push(makeProblem('warning', 'encoding_utf16', where, kind === 'csv' ? fileMessages.utf16() : fileMessages.utf16Text()));
    return finish(new TextDecoder(utf16).decode(body).replace(/^\uFEFF/, ''));
  }
  const binary = binaryKind(body);
  if (binary !== null) {
    return error('not_csv', kind === 'csv' ? fileMessages.binary(binary) : fileMessages.binaryText(binary));
  }

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    const damaged = damagedUtf8(body);
    if (damaged !== null) {
      // UTF-8 saved back as ANSI: the damaged characters stay U+FFFD, and
      // the rows holding them are refused (tables.ts), the rest is right.
      problems.push(makeProblem('error', 'encoding_mojibake', where, fileMessages.damagedUtf8(damaged.damaged, SAVE_AS[kind])));
      return finish(damaged.text);
    }
    // Not UTF-8: WPS and Excel on Chinese Windows save "CSV" as GBK. The
    // WHATWG 'gbk' decoder is GB18030, a superset, so every GBK file decodes.
    text = new TextDecoder('gbk').decode(body);
    problems.push(makeProblem('warning', 'encoding_gbk', where, kind === 'csv' ? fileMessages.gbk() : fileMessages.gbkText()));
    return finish(text);
  }

  const mojibake = detectMojibake(text);
  if (mojibake !== null) {
    const { garbled, original } = mojibake.example;
    if (mojibake.restored === null) {
      return error('encoding_mojibake', fileMessages.mojibakeLossy(garbled, SAVE_AS[kind]));
    }
    problems.push(makeProblem('error', 'encoding_mojibake', where, fileMessages.mojibake(garbled, original, SAVE_AS[kind])));
    return finish(mojibake.restored);
  }
  return finish(text);
}

/**
 * 'utf-16le' or 'utf-16be' for a UTF-16 file: by its byte order mark, or,
 * without one, by the zero bytes that every ASCII character (the header, the
 * commas, the digits) has in UTF-16.
 */
function utf16Encoding(body: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (startsWith(body, [0xff, 0xfe])) return 'utf-16le';
  if (startsWith(body, [0xfe, 0xff])) return 'utf-16be';
  const head = body.subarray(0, Math.min(body.length, 512) & ~1);
  if (head.length < 8) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < head.length; i += 2) {
    if (head[i] === 0) evenZeros++;
    if (head[i + 1] === 0) oddZeros++;
  }
  const pairs = head.length / 2;
  if (oddZeros > pairs * 0.3 && evenZeros === 0) return 'utf-16le';
  if (evenZeros > pairs * 0.3 && oddZeros === 0) return 'utf-16be';
  return null;
}

/** Report texts compare with quotes after this: no BOM, \n line ends. */
export function normaliseLineEnds(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}
