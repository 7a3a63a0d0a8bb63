// Report text bytes → text. UTF-8 (with or without BOM) and GBK are the common
// cases; UTF-16 with or without a BOM (Notepad's "Unicode") and Big5 (reports
// from Hong Kong, Macao, Taiwan or a traditional-Chinese Windows) are
// recognised too, so that neither turns into gibberish. Which legacy encoding a
// file is in is decided by how many of the most common Chinese characters each
// reading gives: the right one gives many, a wrong one almost none.
// NUL and other control characters are removed (a few, with a message naming
// them) or refuse the file (many: it is not text); a file of only blank or
// invisible characters is refused.

export interface DecodedText {
  text: string | null;
  /** The encoding read: utf-8, utf-16le, utf-16be, gbk, big5. */
  encoding: string | null;
  /** Chinese messages for the reader: what was done, or why the file was refused. */
  messages: string[];
}

/** Characters that make up a large share of any Chinese text, simplified and traditional. */
const COMMON = new Set(
  '的一是在不了有和人这這中大为為上个個国國我以要他时時来來用们們生到作地于於出就分对對成会會可主发發年动動同工也能下过過子说說产產种種面而方后後多定行学學法所民得经經十三之进進着著等部度家开開展活宣传傳普治组組织織镇鎮乡鄉村群众眾干幹员員次场場件共全工作建设設情况況报報告'
    .split(''),
);
const INVISIBLE = /[\s\u00a0\u00ad\u115f\u1160\u180e\u200b-\u200f\u2028-\u202f\u205f-\u206f\u3000\u3164\ufeff\uffa0]/g;
/** C0 controls other than tab, line feed, carriage return and form feed; DEL; C1 controls. */
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/g;

function tryDecode(bytes: Uint8Array, label: string, fatal: boolean): string | null {
  try {
    return new TextDecoder(label, { fatal }).decode(bytes);
  } catch {
    return null;
  }
}

/** Share of the text's Han characters that are common ones (0 when it has none). */
function commonShare(text: string): number {
  let han = 0;
  let common = 0;
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code >= 0x4e00 && code <= 0x9fff) {
      han++;
      if (COMMON.has(ch)) common++;
    }
  }
  return han === 0 ? 0 : common / han;
}

/** Share of characters that plain text is made of: Han, CJK punctuation, printable ASCII, line ends. */
function textShare(text: string): number {
  if (text.length === 0) return 0;
  let ok = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x20 && c < 0x7f) || c === 10 || c === 13 || c === 9 || (c >= 0x3000 && c <= 0x303f) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xff00 && c <= 0xffef) || c === 0x2014 || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0x2026 || c === 0xb7) ok++;
  }
  return ok / text.length;
}

/** UTF-16 without a BOM: many NUL bytes on one side of each pair (ASCII), or Chinese that reads well. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  let best: { label: 'utf-16le' | 'utf-16be'; score: number } | null = null;
  for (const label of ['utf-16le', 'utf-16be'] as const) {
    const text = tryDecode(bytes, label, false);
    if (text === null) continue;
    const score = textShare(text);
    if (score >= 0.95 && (commonShare(text) >= 0.15 || /^[\x09\x0a\x0d\x20-\x7e]*$/.test(text.slice(0, 200)))) {
      if (!best || score > best.score) best = { label, score };
    }
  }
  return best ? best.label : null;
}

function hasBom(bytes: Uint8Array, ...prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Bytes → text in the encoding that reads as Chinese, with control characters dealt with. */
export function decodeTextBytes(bytes: Uint8Array): DecodedText {
  let text: string | null = null;
  let encoding: string | null = null;
  const messages: string[] = [];
  if (hasBom(bytes, 0xef, 0xbb, 0xbf)) {
    text = tryDecode(bytes.subarray(3), 'utf-8', false);
    encoding = 'utf-8';
  } else if (hasBom(bytes, 0xff, 0xfe)) {
    text = tryDecode(bytes.subarray(2), 'utf-16le', false);
    encoding = 'utf-16le';
  } else if (hasBom(bytes, 0xfe, 0xff)) {
    text = tryDecode(bytes.subarray(2), 'utf-16be', false);
    encoding = 'utf-16be';
  } else {
    const utf8 = tryDecode(bytes, 'utf-8', true);
    const utf16 = utf8 === null || utf8.includes('\u0000') ? utf16WithoutBom(bytes) : null;
    if (utf16) {
      text = tryDecode(bytes, utf16, false);
      encoding = utf16;
      messages.push('文件是 UTF-16（Unicode）编码，没有字节顺序标记，已按 UTF-16 读取；请核对文字是否正确。');
    } else if (utf8 !== null) {
      text = utf8;
      encoding = 'utf-8';
    } else {
      const gbk = tryDecode(bytes, 'gbk', true);
      const big5 = tryDecode(bytes, 'big5', true);
      const gbkShare = gbk === null ? -1 : commonShare(gbk);
      const big5Share = big5 === null ? -1 : commonShare(big5);
      if (big5 !== null && big5Share > gbkShare && big5Share >= 0.1) {
        text = big5;
        encoding = 'big5';
        messages.push('文件是繁体中文 Big5 编码，已按 Big5 读取（匹配时按简体对照）；请核对文字是否正确。');
      } else if (gbk !== null && gbkShare >= 0.05) {
        text = gbk;
        encoding = 'gbk';
        messages.push('文件不是 UTF-8 编码，已按 GBK 读取；若文字显示为乱码，请用记事本“另存为 UTF-8”后重新上传。');
      } else {
        return {
          text: null,
          encoding: null,
          messages: ['无法识别这个文件的文字编码（不是 UTF-8、UTF-16、GBK 或 Big5），或它不是文本文件。请用记事本或 Word 打开后另存为 UTF-8 文本或 .docx 再上传。'],
        };
      }
    }
  }
  if (text === null) return { text: null, encoding, messages: ['文件无法按其编码读取，可能已损坏。'] };
  return cleanControls(text, encoding, messages);
}

/** Removes a few control characters (naming them); refuses text that is mostly controls or invisible. */
export function cleanControls(text: string, encoding: string | null, messages: string[]): DecodedText {
  const controls = text.match(CONTROL) ?? [];
  if (controls.length > 0) {
    const visible = text.replace(CONTROL, '').replace(INVISIBLE, '').length;
    if (controls.length > Math.max(8, visible * 0.05)) {
      return {
        text: null,
        encoding,
        messages: [`文件中有 ${controls.length} 个控制字符（如 NUL），它不像文本文件，未读取。若是 Word、WPS 或 PDF 文件，请直接选择原文件，或另存为 .docx 后上传。`],
      };
    }
    const names = [...new Set(controls.map((c) => (c === '\u0000' ? 'NUL' : `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`)))];
    messages.push(`文件中有 ${controls.length} 个控制字符（${names.slice(0, 4).join('、')}），已删除；它们通常来自复制或转换，不影响报告文字。`);
    text = text.replace(CONTROL, '');
  }
  if (text.replace(INVISIBLE, '').length === 0) {
    return { text: null, encoding, messages: ['文件里只有空白或看不见的字符（如零宽空格），没有报告文字，未读取。'] };
  }
  return { text: text.replace(/\r\n?/g, '\n'), encoding, messages };
}
