// Size limits of a data file, stated in data/README.md. Above them the page
// would stop answering (a 20 MB metrics.csv of 145,000 rows once crashed the
// tab), so rows beyond the limit are refused with a message instead.

/** Data rows read from one CSV file; later rows are refused (too_many_rows). */
export const MAX_ROWS_PER_FILE = 400_000;

/** Bytes of one data file; a larger file is not read at all (file_too_large). */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;
