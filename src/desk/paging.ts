// Long lists at the desk in pages (issue 16 item 5): a 5 MB paste has
// thousands of figures and rows, and rendering them all at once freezes the
// page for seconds. A page holds PAGE_SIZE lines; choosing a line on another
// page (from the marked report) turns to its page. Plain TypeScript.

export const PAGE_SIZE = 100;

export function pageCount(total: number, size = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** The page holding line `index`. */
export function pageOf(index: number, size = PAGE_SIZE): number {
  return Math.max(0, Math.floor(index / size));
}

/** The page number kept within the pages there are (a shorter list after an edit). */
export function clampPage(page: number, total: number, size = PAGE_SIZE): number {
  return Math.min(Math.max(0, page), pageCount(total, size) - 1);
}

/** Lines [start, end) of a page. */
export function pageRange(page: number, total: number, size = PAGE_SIZE): { start: number; end: number } {
  const start = clampPage(page, total, size) * size;
  return { start, end: Math.min(total, start + size) };
}
