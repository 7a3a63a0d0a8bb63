// Which character separates the columns. The format is comma-separated, but
// Excel in some locales saves ";" and Excel's "Unicode 文本" saves tabs; read
// as commas, such a file is one column and every column is "missing". The
// header line tells which separator the file uses: the one that splits it
// into the documented column names.

export type Delimiter = ',' | ';' | '\t';

const CANDIDATES: readonly Delimiter[] = [',', ';', '\t'];

/** The first line that is not empty (the header), without its line break. */
function firstLine(text: string): string {
  for (const line of text.split('\n', 50)) {
    if (line.trim() !== '') return line.replace(/\r$/, '');
  }
  return '';
}

/**
 * The separator of this file: the candidate whose split of the header line
 * matches the most documented columns (then: gives the most cells). Commas win
 * ties, so an ordinary file is never read any other way.
 */
export function detectDelimiter(text: string, expectedHeader: readonly string[] = []): Delimiter {
  const header = firstLine(text);
  const score = (delimiter: Delimiter): [number, number] => {
    const cells = header.split(delimiter).map((c) => c.trim().replace(/^"|"$/g, '').toLowerCase());
    return [cells.filter((c) => expectedHeader.includes(c)).length, cells.length];
  };
  let best: Delimiter = ',';
  let bestScore = score(',');
  for (const candidate of CANDIDATES.slice(1)) {
    const s = score(candidate);
    // Another separator must do strictly better, and split the line at all.
    if (s[1] > 1 && (s[0] > bestScore[0] || (s[0] === bestScore[0] && bestScore[1] === 1 && s[1] > 1))) {
      best = candidate;
      bestScore = s;
    }
  }
  return best;
}

export const DELIMITER_NAME: Readonly<Record<Delimiter, string>> = { ',': '逗号', ';': '分号（;）', '\t': '制表符（Tab）' };
