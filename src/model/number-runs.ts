// Runs of consecutive whole numbers, for the places that print a list of
// numbers short: the brief's reference marks ([1, 3–5]) and the sources line
// under a chart (第2–4、9行). Each decides how long a run must be to print as a range.

export interface NumberRun {
  first: number;
  last: number;
}

/** [9, 2, 3, 4, 3] → [{2, 4}, {9, 9}]: sorted, without repeats, consecutive numbers joined. */
export function consecutiveRuns(numbers: readonly number[]): NumberRun[] {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const runs: NumberRun[] = [];
  for (const n of sorted) {
    // Not runs.at(-1): Array.prototype.at needs Chromium 92, the floor is 80.
    const current = runs[runs.length - 1];
    if (current && n === current.last + 1) current.last = n;
    else runs.push({ first: n, last: n });
  }
  return runs;
}
