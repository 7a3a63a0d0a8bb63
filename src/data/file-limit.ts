// A data file over the byte limit (limits.ts): the bytes up to the last line
// break within the limit are parsed as usual; the lines after it are not, but
// each is read plainly (split on the separator, no quotes) for its township,
// year and metric and refused, so the figures it belongs to read 数据有误 —
// never 未报告 because its rows came late in the file (issue 22 item 4).

import type { RefusedCsvRecord } from './csv';
import { linesIgnoringQuotes } from './csv-lines';
import { detectDelimiter } from './delimiter';
import { MAX_FILE_BYTES, MAX_SCANNED_FILE_BYTES } from './limits';

/** The files' byte limits (tests pass small ones). */
export interface ByteLimits {
  read: number;
  scanned: number;
}
export const BYTE_LIMITS: ByteLimits = { read: MAX_FILE_BYTES, scanned: MAX_SCANNED_FILE_BYTES };
import { fileMessages, makeProblem } from './messages';
import type { Problem } from './types';

/**
 * `head`: the bytes to parse; `tail`: the lines past the limit, or null. A
 * file over MAX_SCANNED_FILE_BYTES is passed whole, for decodeBytes to refuse.
 */
export function splitAtByteLimit(bytes: Uint8Array, limits: ByteLimits = BYTE_LIMITS): { head: Uint8Array; tail: Uint8Array | null } {
  const limit = limits.read;
  if (bytes.length <= limit || bytes.length > limits.scanned) return { head: bytes, tail: null };
  // 0x0A is never part of a multi-byte character in UTF-8 or GBK.
  const lastBreak = bytes.lastIndexOf(0x0a, limit - 1);
  if (lastBreak < 0) return { head: bytes, tail: null };
  return { head: bytes.subarray(0, lastBreak + 1), tail: bytes.subarray(lastBreak + 1) };
}

const megabytes = (n: number): number => Math.ceil(n / (1024 * 1024));

export interface TailOptions {
  file: string;
  /** The whole file's size, for the message. */
  totalBytes: number;
  expectedHeader: readonly string[];
  /** The head was GBK: decode the tail the same way. */
  gbk: boolean;
  limit?: number;
}

/** The tail's lines as refused records, with one file_too_large problem on the first of them. */
export function tailRecords(headText: string, tail: Uint8Array, options: TailOptions): { refused: RefusedCsvRecord[]; problems: Problem[] } {
  const { file, totalBytes, expectedHeader, gbk, limit = MAX_FILE_BYTES } = options;
  let firstLine = 1;
  for (let i = headText.indexOf('\n'); i >= 0; i = headText.indexOf('\n', i + 1)) firstLine++;
  const delimiter = detectDelimiter(headText, expectedHeader);
  const blank = new RegExp(`^[\\s${delimiter === '\t' ? '' : delimiter}]*$`);
  const text = new TextDecoder(gbk ? 'gbk' : 'utf-8').decode(tail);
  const records = linesIgnoringQuotes(text, 0, firstLine, delimiter, blank);
  if (records.length === 0) return { refused: [], problems: [] };
  const problem = makeProblem('error', 'file_too_large', { file, line: records[0]!.line }, fileMessages.tooLargeTail(megabytes(totalBytes), megabytes(limit), records.length));
  return { refused: records.map((record) => ({ ...record, problems: [problem] })), problems: [problem] };
}
