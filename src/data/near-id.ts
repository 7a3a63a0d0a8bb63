// An id that is not in its table but is close to exactly one that is — a
// letter or two off (tarma for taerma), a missing or extra s (outreach_event),
// letter case (Taerma) — names the row it was meant for. A refused row with
// such an id is attributed to that one for marking (its figure reads 数据有误,
// its total "另有1项数据有误"), and the message asks "是否应为 taerma？"; the
// row's value is never used (issue 22 item 1).

/** Edits allowed: one for short ids (bitu ↔ bitv, not bitu ↔ zhegu), two from six letters on. */
const maxEdits = (length: number): number => (length < 6 ? 1 : 2);

/** Optimal string alignment distance (insert, delete, replace, swap two neighbours), stopping past `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      current.push(d);
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The one id of `known` that `written` was meant for: itself; the same in
 * lowercase; else the only id within a letter or two. Null when none or
 * several are that close (then nothing is guessed).
 */
export function nearestId(written: string, known: ReadonlySet<string>): string | null {
  if (known.has(written)) return written;
  const lower = written.trim().toLowerCase();
  if (lower === '') return null;
  if (known.has(lower)) return lower;
  const limit = maxEdits(lower.length);
  let found: string | null = null;
  for (const id of known) {
    if (editDistance(lower, id, Math.min(limit, maxEdits(id.length))) > Math.min(limit, maxEdits(id.length))) continue;
    if (found !== null) return null;
    found = id;
  }
  return found;
}

/** nearestId with its answers remembered: a mistyped id often repeats on many rows. */
export function nearIdMatcher(known: ReadonlySet<string>): (written: string) => string | null {
  const memo = new Map<string, string | null>();
  return (written) => {
    let answer = memo.get(written);
    if (answer === undefined) {
      answer = nearestId(written, known);
      memo.set(written, answer);
    }
    return answer;
  };
}
