// A text cut into plain runs and marked spans, for highlighting figures as
// React text nodes (never HTML): [plain][mark 0][plain][mark 1]…

export interface TextSegment {
  start: number;
  end: number;
  /** Index into the spans given to segmentText, or null for plain text. */
  span: number | null;
}

/**
 * Segments covering [0, length) in order. Spans must be sorted by start; a
 * span overlapping the previous one, or outside the text, is left unmarked.
 */
export function segmentText(length: number, spans: ReadonlyArray<{ start: number; end: number }>): TextSegment[] {
  const segments: TextSegment[] = [];
  let cursor = 0;
  spans.forEach((span, index) => {
    if (span.start < cursor || span.end > length || span.end <= span.start) return;
    if (span.start > cursor) segments.push({ start: cursor, end: span.start, span: null });
    segments.push({ start: span.start, end: span.end, span: index });
    cursor = span.end;
  });
  if (cursor < length) segments.push({ start: cursor, end: length, span: null });
  return segments;
}
