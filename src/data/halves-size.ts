// Kept apart from read-in-halves.ts so the page can know it (to start a
// second reader) without loading the parser that module brings.

/** A metrics.csv this large is read by two workers at once; a smaller one by one (a second would cost more than it saves). */
export const HALVES_MIN_BYTES = 1024 * 1024;
