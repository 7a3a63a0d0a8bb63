// An id that is not in its table but is nearer to one that is than to any other — a
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
 * lowercase; else the id nearest to it within a letter or two, when no other
 * id is as near (gen0001s → gen0001, but gen00x1 is as near to gen0011 as to
 * gen0001). Null when none is near or several are equally near: nothing is guessed.
 */
export function nearestId(written: string, known: ReadonlySet<string>): string | null {
  if (known.has(written)) return written;
  const lower = written.trim().toLowerCase();
  if (lower === '') return null;
  if (known.has(lower)) return lower;
  let best: string | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  let tied = false;
  for (const id of known) {
    const limit = Math.min(maxEdits(lower.length), maxEdits(id.length));
    const distance = editDistance(lower, id, limit);
    if (distance > limit || distance > bestDistance) continue;
    if (distance === bestDistance) tied = true;
    else {
      best = id;
      bestDistance = distance;
      tied = false;
    }
  }
  return tied ? null : best;
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
