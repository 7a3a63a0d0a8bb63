// Size limits of a data file, stated in data/README.md — the one place they
// live (the desk's save reads them to refuse a save that would pass one).
//
// There is no limit on rows: a province (2,000 townships × 6 years, about
// 250,000 metric rows, some 25 MB) is read whole, in the page's worker and in
// check-data alike (scripts/bench-large-file.ts measures it). What remains is
// a limit on bytes, against a file pasted over and over until the tab dies
// (a 20 MB file of 145,000 rows once crashed it). Past it nothing is dropped
// silently: the lines beyond are refused rows, each attributed to its
// township, year and metric (file-limit.ts), so their figures read 数据有误.

/** Bytes of one data file that are parsed; the lines after them are refused (file_too_large). */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/**
 * Bytes of a data file at all: a larger one is not read (file_too_large, the
 * whole file unusable, which the page says in place of its charts). Between
 * MAX_FILE_BYTES and this, the lines past MAX_FILE_BYTES are only scanned for
 * whose rows they are.
 */
export const MAX_SCANNED_FILE_BYTES = 2 * MAX_FILE_BYTES;

/**
 * Kept for code that checks a row count against a limit: there is none now.
 * @deprecated no row limit; use MAX_FILE_BYTES.
 */
export const MAX_ROWS_PER_FILE = Number.POSITIVE_INFINITY;
