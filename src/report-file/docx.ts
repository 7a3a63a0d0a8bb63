// .docx → text: the paragraphs and tables of word/document.xml in reading
// order. A table row becomes one line with its cells separated by two spaces
// ("集中宣讲  12场次"), so a figure and the words naming it stay in one clause.
// A small tokenizer, not a DOM: it runs the same in the browser and in Node.

import { unzipSync, strFromU8 } from 'fflate';

const TOKEN = /<(\/?)(w:p|w:tbl|w:tr|w:tc|w:t|w:tab|w:br|w:cr|w:delText|w:instrText)(?=[\s>/])[^>]*?(\/?)>|<[^>]*>|([^<]+)/g;

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** The text of a document.xml (WordprocessingML body). */
export function documentXmlToText(xml: string): string {
  const out: string[] = [];
  let paragraph = '';
  let inText = false;
  // One entry per open table: its current row's cells, and the cell being read.
  const tables: Array<{ cells: string[]; cell: string[] }> = [];
  const endParagraph = () => {
    const table = tables[tables.length - 1];
    if (table) table.cell.push(paragraph);
    else out.push(paragraph);
    paragraph = '';
  };
  for (const m of xml.matchAll(TOKEN)) {
    const [, closing, tag, selfClosing, chars] = m;
    if (chars !== undefined) {
      if (inText) paragraph += decodeEntities(chars);
      continue;
    }
    if (tag === undefined) continue;
    const open = closing !== '/';
    switch (tag) {
      case 'w:t':
        inText = open && selfClosing !== '/';
        break;
      case 'w:tab':
        if (open) paragraph += '\t';
        break;
      case 'w:br':
      case 'w:cr':
        if (open) paragraph += '\n';
        break;
      case 'w:p':
        if (!open || selfClosing === '/') endParagraph();
        break;
      case 'w:tbl':
        if (open) tables.push({ cells: [], cell: [] });
        else tables.pop();
        break;
      case 'w:tc': {
        const table = tables[tables.length - 1];
        if (!table) break;
        if (open) table.cell = [];
        else table.cells.push(table.cell.filter((p) => p.trim() !== '').join(' '));
        break;
      }
      case 'w:tr': {
        const table = tables[tables.length - 1];
        if (!table) break;
        if (open) table.cells = [];
        else {
          const line = table.cells.join('  ').trim();
          // A nested table's row belongs to the cell that holds it.
          const outer = tables[tables.length - 2];
          if (outer) outer.cell.push(line);
          else out.push(line);
        }
        break;
      }
      default:
        break;
    }
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

export interface DocxResult {
  text: string | null;
  messages: string[];
}

/** Text of a .docx (a ZIP with word/document.xml); a clear message when it is another ZIP. */
export function readDocx(bytes: Uint8Array): DocxResult {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' || f.name === 'xl/workbook.xml' || f.name === 'content.xml' });
  } catch {
    return { text: null, messages: ['这个 Word 文件已损坏或不完整，无法打开。请重新保存为 .docx 后上传。'] };
  }
  const document = files['word/document.xml'];
  if (!document) {
    if (files['xl/workbook.xml']) return { text: null, messages: ['这是 Excel 表格文件，不是报告。请选择报告的 Word（.docx）、PDF 或文本文件。'] };
    if (files['content.xml']) return { text: null, messages: ['这是 OpenDocument（.odt）文件，请在 WPS 或 LibreOffice 中另存为 .docx 后上传。'] };
    return { text: null, messages: ['这是 ZIP 压缩文件，不是 Word 文档。请解压后选择其中的报告文件。'] };
  }
  const text = documentXmlToText(strFromU8(document));
  return { text, messages: [] };
}
