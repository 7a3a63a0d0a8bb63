// Recognises a UTF-8 file that was opened as ANSI (GBK on a Chinese Windows)
// and saved again — the commonest way a data file gets garbled:
//  - saved as UTF-8: every Chinese run becomes other, rarer characters
//    ("碧土乡" → "纰у湡涔"); encoding those back as GBK gives the original
//    UTF-8 bytes, so the text can be recognised and, when nothing was lost,
//    restored;
//  - saved as ANSI: the file is the original UTF-8 bytes except where a byte
//    could not be paired (those became "?"), so it is not valid UTF-8 but is
//    nearly so: read leniently, the damaged characters show as U+FFFD.

const HAN = /[\u3400-\u9fff]/;
const HAN_GLOBAL = /[\u3400-\u9fff]/g;
/** A run of non-ASCII characters, split at U+FFFD (a byte already lost). */
const RUN_GLOBAL = /[^\x00-\x7f\uFFFD]+/g;

let gbkTable: Uint16Array | null = null;

/**
 * Character code → its two GBK bytes (lead << 8 | trail; 0 for none), built
 * once from the browser's own GBK decoder (one decode call). A typed array
 * over the char codes, not a Map of strings: it is built in milliseconds, and
 * every data file with Chinese text asks for it once.
 */
function gbkEncodeTable(): Uint16Array {
  if (gbkTable) return gbkTable;
  const pairs: number[] = [];
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) if (trail !== 0x7f) pairs.push((lead << 8) | trail);
  }
  // Each pair followed by a line break keeps the decoded characters aligned
  // with their pairs: an invalid pair decodes to U+FFFD and the break stays.
  const bytes = new Uint8Array(pairs.length * 3);
  pairs.forEach((pair, i) => {
    bytes[i * 3] = pair >> 8;
    bytes[i * 3 + 1] = pair & 0xff;
    bytes[i * 3 + 2] = 0x0a;
  });
  const decoded = new TextDecoder('gbk').decode(bytes);
  const table = new Uint16Array(0x10000);
  let pairIndex = 0;
  let lineStart = 0;
  for (let i = 0; i <= decoded.length; i++) {
    if (i < decoded.length && decoded.charCodeAt(i) !== 0x0a) continue;
    // A line of exactly one character that is not U+FFFD: the pair's character (first pair wins).
    const code = decoded.charCodeAt(lineStart);
    if (i - lineStart === 1 && code !== 0xfffd && table[code] === 0 && pairIndex < pairs.length) table[code] = pairs[pairIndex]!;
    pairIndex++;
    lineStart = i + 1;
  }
  gbkTable = table;
  return table;
}

/**
 * The original text of a garbled run, or null when the run is not mojibake.
 * `exact` is false when the run ends in a half character (the rest of its
 * bytes were lost where the run met ASCII or a damaged byte).
 */
function unscramble(run: string): { original: string; exact: boolean } | null {
  const table = gbkEncodeTable();
  const bytes: number[] = [];
  for (let i = 0; i < run.length; i++) {
    const pair = table[run.charCodeAt(i)]!;
    if (pair === 0) return null;
    bytes.push(pair >> 8, pair & 0xff);
  }
  const original = new TextDecoder('utf-8').decode(new Uint8Array(bytes));
  const replaced = original.indexOf('\uFFFD');
  // Only a cut-off last character may be missing: anything else is not UTF-8.
  if (replaced >= 0 && !/^[^\uFFFD]*\uFFFD$/.test(original)) return null;
  const clean = replaced >= 0 ? original.slice(0, replaced) : original;
  return HAN.test(clean) ? { original: clean, exact: replaced < 0 } : null;
}

export interface Mojibake {
  /** One garbled run and what it was, for the message. */
  example: { garbled: string; original: string };
  /** The text restored, or null when some characters were lost. */
  restored: string | null;
}

const SAMPLE_SIZE = 20;

/** The first runs of non-ASCII characters (two or more), which decide whether a text is garbled. */
function sampleRuns(text: string): string[] {
  const sample: string[] = [];
  const runs = new RegExp(RUN_GLOBAL.source, 'g');
  for (let match = runs.exec(text); match !== null && sample.length < SAMPLE_SIZE; match = runs.exec(text)) {
    if (match[0].length >= 2) sample.push(match[0]);
  }
  return sample;
}

/**
 * Whether `start`, the beginning of a longer text up to a line break, decides
 * detectMojibake for the whole text: its whole sample lies within it.
 */
export function startDecidesMojibake(start: string): boolean {
  return sampleRuns(start).length === SAMPLE_SIZE;
}

/** Whether valid UTF-8 `text` is garbled by a UTF-8 → ANSI → save round trip. */
export function detectMojibake(text: string): Mojibake | null {
  // A quick look at the first runs: real Chinese text never starts to look
  // like mojibake there, so a long file costs next to nothing.
  const sample = sampleRuns(text);
  if (sample.length === 0) return null;
  const sampleHits = sample.filter((run) => unscramble(run) !== null).length;
  // Two hits at least: by chance alone a short run of real text can pass.
  if (sampleHits < 2 || sampleHits * 2 < sample.length) return null;

  let example: Mojibake['example'] | null = null;
  let lossless = !text.includes('\uFFFD');
  const restored = text.replace(RUN_GLOBAL, (run) => {
    const found = unscramble(run);
    if (found === null || !found.exact) lossless = false;
    if (found === null) return run;
    if (!example) example = { garbled: run, original: found.original };
    return found.original;
  });
  return example ? { example, restored: lossless ? restored : null } : null;
}

/**
 * For bytes that are not valid UTF-8: whether they are mostly UTF-8 with a
 * few damaged characters (a round trip saved as ANSI) rather than GBK. Read as
 * UTF-8, a GBK file is nearly all U+FFFD; a damaged UTF-8 file is nearly all
 * Chinese. Returns the lenient UTF-8 text and the number of damaged places.
 */
export function damagedUtf8(bytes: Uint8Array): { text: string; damaged: number } | null {
  const text = new TextDecoder('utf-8').decode(bytes);
  const han = (text.match(HAN_GLOBAL) ?? []).length;
  const damaged = (text.match(/\uFFFD+/g) ?? []).length;
  return han >= 4 && han >= damaged ? { text, damaged } : null;
}
