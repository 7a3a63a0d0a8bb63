// Report bytes → text, for the CLI and the page: UTF-8 (with or without BOM)
// or GBK, through the data stage's decoder, with \n line ends.

import { decodeBytes, normaliseLineEnds } from '../data/decode';

export interface DecodedReport {
  /** null when the bytes are not a text file. */
  text: string | null;
  /** True when the file was not UTF-8 and was read as GBK. */
  gbk: boolean;
  /** Chinese messages for the reader (GBK read, not a text file, empty). */
  messages: string[];
}

export function decodeReportBytes(bytes: Uint8Array, fileName: string): DecodedReport {
  const decoded = decodeBytes(bytes, fileName, { kind: 'text' });
  return {
    text: decoded.text === null ? null : normaliseLineEnds(decoded.text),
    gbk: decoded.problems.some((p) => p.code === 'encoding_gbk'),
    messages: decoded.problems.map((p) => p.message),
  };
}
