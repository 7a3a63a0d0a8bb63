// The report texts a reports.csv names (its `file` column): safe relative paths
// under data/, once each. Used to read them along with the tables.

import { parseCsv, reportsSchema } from '../data/index';
import { readCsvFile, TABLE_HEADERS } from './csv-text';

/** The report files reports.csv names (its `file` column), for fetching them. */
export function reportFilesIn(reportsCsv: Uint8Array | undefined): string[] {
  const text = reportsCsv ? readCsvFile(reportsSchema.file, reportsCsv)?.text : null;
  if (!text) return [];
  const parsed = parseCsv(text, reportsSchema.file, { expectedHeader: TABLE_HEADERS[reportsSchema.file] ?? [] });
  const at = parsed.header.map((h) => h.toLowerCase()).indexOf('file');
  if (at < 0) return [];
  const files = parsed.records.map((r) => (r.cells[at] ?? '').replace(/\\/g, '/').replace(/^\.\//, ''));
  return [...new Set(files.filter((f) => f !== '' && !f.startsWith('/') && !f.split('/').includes('..')))];
}

