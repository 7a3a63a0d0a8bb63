// Greedy line wrapping for footnotes drawn into exported images. Chinese has no
// spaces, so lines break between any two characters; a run of Latin letters or
// digits (a file name, "metrics.csv:12", a number) is kept whole when it fits.

/** Width of a string in px, measured (canvas) or estimated (Node). */
export type TextMeasure = (text: string) => number;

const TOKEN = /[A-Za-z0-9_.:%\-/]+|\s+|./gsu;

export function wrapText(text: string, maxWidth: number, measure: TextMeasure): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    for (const token of paragraph.match(TOKEN) ?? []) {
      const candidate = line + token;
      if (line !== '' && measure(candidate) > maxWidth) {
        lines.push(line.trimEnd());
        line = token.trimStart();
      } else {
        line = candidate;
      }
      // A token wider than a whole line (a long id) is split by characters.
      while (measure(line) > maxWidth && [...line].length > 1) {
        const chars = [...line];
        const cut = fitPrefix(chars, maxWidth, measure);
        lines.push(chars.slice(0, cut).join(''));
        line = chars.slice(cut).join('');
      }
    }
    lines.push(line.trimEnd());
  }
  return lines;
}

/** How many leading characters fit in maxWidth (at least one, so wrapping always advances). */
function fitPrefix(chars: readonly string[], maxWidth: number, measure: TextMeasure): number {
  let cut = 1;
  while (cut < chars.length && measure(chars.slice(0, cut + 1).join('')) <= maxWidth) cut += 1;
  return cut;
}
