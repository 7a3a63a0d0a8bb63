// Reports as they arrive: a file's bytes (.docx, text PDF, .txt in UTF-8, GBK,
// UTF-16 or Big5, a saved web page) or the HTML of a page pasted from a
// government website → the report's text, with clear Chinese messages for what
// cannot be read (a scanned PDF, an old .doc/.wps, a file of control or
// invisible characters). Used by the desk's report input and `npm run extract`.

import { cleanControls, decodeTextBytes } from './text-decode';
import { readDocx } from './docx';
import { htmlToText } from './html';
import { readPdf } from './pdf';

export { decodeTextBytes } from './text-decode';
export { documentXmlToText, readDocx } from './docx';
export { htmlToText } from './html';
export { joinWrappedLines, loadPdfJs, readPdf, type PdfJs } from './pdf';

export type ReportFileKind = 'docx' | 'pdf' | 'html' | 'text';

export interface ReportFile {
  /** The report's text, or null when the file cannot be read (see messages). */
  text: string | null;
  kind: ReportFileKind | null;
  /** Chinese messages: what was done (encoding read, characters removed) or why the file was refused. */
  messages: string[];
}

/** What a file is by its first bytes (and name, for the formats that share a signature). */
export function sniffReportFile(bytes: Uint8Array, fileName: string): ReportFileKind | 'old-office' | 'rtf' | 'binary' {
  const starts = (...prefix: number[]) => prefix.every((b, i) => bytes[i] === b);
  if (starts(0x50, 0x4b, 0x03, 0x04)) return 'docx';
  if (starts(0x25, 0x50, 0x44, 0x46)) return 'pdf';
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) return 'old-office';
  if (starts(0x7b, 0x5c, 0x72, 0x74, 0x66)) return 'rtf';
  if (starts(0x89, 0x50, 0x4e, 0x47) || starts(0xff, 0xd8, 0xff) || starts(0x47, 0x49, 0x46, 0x38) || starts(0x52, 0x61, 0x72, 0x21)) return 'binary';
  if (/\.(?:html?|shtml|xhtml|mht)$/i.test(fileName)) return 'html';
  return 'text';
}

const OLD_OFFICE = '这是旧版 Word（.doc）或 WPS（.wps）文件，本工具读不了这种格式。请用 Word 或 WPS 打开它，“另存为”Word 文档（.docx）后再选择。';

/** Reads a report file's bytes into text. Never throws. */
export async function readReportFile(bytes: Uint8Array, fileName: string): Promise<ReportFile> {
  const kind = sniffReportFile(bytes, fileName);
  try {
    switch (kind) {
      case 'docx': {
        const read = readDocx(bytes);
        return finish(read.text, 'docx', read.messages);
      }
      case 'pdf': {
        // pdf.js itself is imported only here, inside readPdf (loadPdfJs).
        const read = await readPdf(bytes);
        return finish(read.text, 'pdf', read.messages);
      }
      case 'old-office':
        return { text: null, kind: null, messages: [OLD_OFFICE] };
      case 'rtf':
        return { text: null, kind: null, messages: ['这是 RTF 文档。请用 Word 或 WPS 打开，另存为 .docx 后再选择。'] };
      case 'binary':
        return { text: null, kind: null, messages: [`${fileName} 是图片或压缩文件，不是报告文字。请选择 Word（.docx）、PDF 或文本文件。`] };
      case 'html': {
        const decoded = decodeTextBytes(bytes);
        if (decoded.text === null) return { text: null, kind: null, messages: decoded.messages };
        return finish(htmlToText(decoded.text), 'html', decoded.messages);
      }
      default: {
        const decoded = decodeTextBytes(bytes);
        if (decoded.text === null) return { text: null, kind: null, messages: decoded.messages };
        const looksLikeHtml = /^\s*(?:<!doctype html|<html|<head|<body)/i.test(decoded.text);
        if (looksLikeHtml) return finish(htmlToText(decoded.text), 'html', decoded.messages);
        return { text: decoded.text, kind: 'text', messages: decoded.messages };
      }
    }
  } catch {
    return { text: null, kind: null, messages: [`读取 ${fileName} 时出错，文件可能已损坏。请另存为 .docx 或文本文件后再试。`] };
  }
}

/** The pasted clipboard: its text/html when a web page was copied (navigation dropped), else its plain text. */
export function pastedReportText(html: string, plain: string): ReportFile {
  const fromHtml = html.trim() === '' ? '' : htmlToText(html);
  const text = fromHtml.replace(/\s/g, '').length >= plain.replace(/\s/g, '').length * 0.5 && fromHtml !== '' ? fromHtml : plain;
  return finish(text, fromHtml === text ? 'html' : 'text', []);
}

function finish(text: string | null, kind: ReportFileKind, messages: string[]): ReportFile {
  if (text === null) return { text: null, kind: null, messages };
  const cleaned = cleanControls(text, null, [...messages]);
  if (cleaned.text === null) return { text: null, kind: null, messages: cleaned.messages };
  return { text: cleaned.text, kind, messages: cleaned.messages };
}
