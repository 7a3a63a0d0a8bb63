// Reads a packed .docx back for the Word export tests: its parts as text and
// the plain text of document.xml (runs joined per paragraph).
import { strFromU8, unzipSync } from 'fflate';

export interface DocxParts {
  names: string[];
  part: (name: string) => string;
  /** Paragraph texts of word/document.xml, in order (table cells are paragraphs too). */
  paragraphs: string[];
  media: Uint8Array[];
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .replace(/&amp;/g, '&');
}

export function readDocx(bytes: ArrayBuffer): DocxParts {
  const files = unzipSync(new Uint8Array(bytes));
  const part = (name: string) => {
    const file = files[name];
    if (!file) throw new Error(`no part ${name}`);
    return strFromU8(file);
  };
  const document = part('word/document.xml');
  const paragraphs = [...document.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((match) =>
    unescapeXml([...match[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1] ?? '').join('')),
  );
  const names = Object.keys(files);
  const media = names.filter((name) => name.startsWith('word/media/')).map((name) => files[name]!);
  return { names, part, paragraphs, media };
}
