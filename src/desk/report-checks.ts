// The clerk's slips at the desk, caught before they reach the data (issue 16
// item 4, issue 20 item 6): a text that is empty once invisible characters
// are removed, the same report pasted twice, a new report pasted over the
// last one (which must not inherit its township and title), and a chosen
// township whose name the text never mentions. Plain TypeScript, no React.

/** Zero-width, BOM, bidi controls, soft hyphen, and every kind of space. */
const INVISIBLE = /[\s\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/g;

export function withoutInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

/** The same characters as INVISIBLE, as a class to find the first visible one. */
const VISIBLE = /[^\s\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/;

/** A text with nothing a reader can see: refused. Stops at the first visible character. */
export function isBlankReport(text: string): boolean {
  return !VISIBLE.test(text);
}

/**
 * The first (or last) `count` visible characters, read from that end in growing
 * slices: comparing the ends of two 5 MB texts on each keystroke scans only the ends.
 */
function visibleEnd(text: string, count: number, fromStart: boolean): string {
  for (let size = count * 4; ; size *= 4) {
    const slice = size >= text.length ? text : fromStart ? text.slice(0, size) : text.slice(-size);
    const visible = withoutInvisible(slice);
    if (visible.length >= count || slice === text) return fromStart ? visible.slice(0, count) : visible.slice(-count);
  }
}

/** How much of the opening is compared when looking for a repeat. */
const OPENING = 80;

/**
 * True when the text holds the same report twice (pasted twice): its opening
 * (first 80 visible characters) stands again later, at least a third of the
 * way in. Every figure would be drafted twice and 全部采用 would double the totals.
 */
export function isPastedTwice(text: string): boolean {
  const visible = withoutInvisible(text);
  if (visible.length < OPENING * 2) return false;
  const opening = visible.slice(0, OPENING);
  const again = visible.indexOf(opening, OPENING);
  return again !== -1 && again >= visible.length / 3;
}

/** How many visible characters at each end tell an edit from another report. */
const ENDS = 40;

/**
 * True when `next` is another report, not an edit of `previous`: it was
 * pasted over it (or into an emptied box). Then the township, title and year
 * chosen for the previous report must not carry over.
 */
export function isAnotherReport(previous: string, next: string): boolean {
  const aBlank = isBlankReport(previous);
  const bBlank = isBlankReport(next);
  if (aBlank || bBlank) return aBlank && !bBlank;
  const aHead = visibleEnd(previous, ENDS, true);
  const bHead = visibleEnd(next, ENDS, true);
  const head = Math.min(ENDS, aHead.length, bHead.length);
  // An edit keeps the opening or the ending; a new report shares neither.
  const tail = (s: string) => visibleEnd(s, ENDS, false).slice(-head);
  return aHead.slice(0, head) !== bHead.slice(0, head) && tail(previous) !== tail(next);
}

const TOWNSHIP_ENDING = /(民族乡|街道办事处|街道|苏木|乡|镇)$/;

/**
 * A warning when the chosen township's name does not stand in the text (with
 * or without its 乡/镇), e.g. 碧土乡 chosen for a report of 达果乡; else null.
 */
export function townshipNotInText(name: string, text: string): string | null {
  const full = name.trim();
  if (full === '') return null;
  const bare = full.replace(TOWNSHIP_ENDING, '');
  const names = (within: string) => within.includes(full) || (bare.length >= 2 && within.includes(bare));
  // The text as it is first (fast on a long text); then without the invisible characters that may split a name.
  if (names(text) || names(withoutInvisible(text))) return null;
  return `报告原文中没有出现“${full}”：请核对所选乡镇是否是这份报告的乡镇。`;
}

export const BLANK_REPORT_TEXT = '报告原文是空的（去掉空格和不可见字符后没有文字），不能保存。请粘贴报告全文。';
export const PASTED_TWICE_TEXT =
  '这段文字似乎把同一份报告粘贴了两次（开头的文字在后面又出现了一次）：每个数字会被草拟两次，合计会翻倍。请清空文本框后只粘贴一次。';
