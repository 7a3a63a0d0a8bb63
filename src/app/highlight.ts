// Finds a quote in a report's text and splits the text into paragraphs of
// plain and highlighted segments, for the reader view (<mark> around the
// quote). Pure and string-only: the React layer renders segments as text nodes.

export interface Segment {
  text: string;
  highlighted: boolean;
}

export interface HighlightedText {
  /** One entry per line of the report; empty lines are dropped. */
  paragraphs: Segment[][];
  /** Index of the paragraph holding the start of the quote, or -1 when not found. */
  firstMatchParagraph: number;
  /** 'exact' when found verbatim, 'loose' when found only ignoring whitespace. */
  match: 'exact' | 'loose' | 'none';
}

/** Locates the first occurrence of `quote` in `text` as [start, end), or null. */
export function locateQuote(text: string, quote: string): { start: number; end: number; match: 'exact' | 'loose' } | null {
  if (quote === '') return null;
  const exact = text.indexOf(quote);
  if (exact >= 0) return { start: exact, end: exact + quote.length, match: 'exact' };
  // Reports copied from web pages wrap lines and pad numbers with spaces
  // ("12 场次"); find the quote ignoring whitespace, then map back.
  const needle = quote.replace(/\s+/g, '');
  if (needle === '') return null;
  const positions: number[] = [];
  let compact = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (/\s/.test(ch)) continue;
    positions.push(i);
    compact += ch;
  }
  const at = compact.indexOf(needle);
  if (at < 0) return null;
  return { start: positions[at]!, end: positions[at + needle.length - 1]! + 1, match: 'loose' };
}

export function highlightQuote(rawText: string, quote: string | null): HighlightedText {
  const text = rawText.replace(/\r\n?/g, '\n');
  const range = quote ? locateQuote(text, quote) : null;
  const paragraphs: Segment[][] = [];
  let firstMatchParagraph = -1;
  let offset = 0;
  for (const line of text.split('\n')) {
    const lineStart = offset;
    const lineEnd = offset + line.length;
    offset = lineEnd + 1;
    if (line.trim() === '') continue;
    if (!range || range.end <= lineStart || range.start >= lineEnd) {
      paragraphs.push([{ text: line, highlighted: false }]);
      continue;
    }
    const from = Math.max(range.start, lineStart) - lineStart;
    const to = Math.min(range.end, lineEnd) - lineStart;
    const segments: Segment[] = [];
    if (from > 0) segments.push({ text: line.slice(0, from), highlighted: false });
    segments.push({ text: line.slice(from, to), highlighted: true });
    if (to < line.length) segments.push({ text: line.slice(to), highlighted: false });
    if (firstMatchParagraph < 0) firstMatchParagraph = paragraphs.length;
    paragraphs.push(segments);
  }
  return { paragraphs, firstMatchParagraph, match: range?.match ?? 'none' };
}
