// Rewrites a copy of the shipped data so that a township name, a metric quote,
// a note, a shortcoming quote and a report text carry markup. The page must
// show all of it as plain text: if any of it ran, window.__pwned would be set.
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCsv, writeCsv } from './csv-table';

export const HOSTILE_TOWNSHIP_NAME = '碧土乡<img src=x onerror="window.__pwned=1">';
export const HOSTILE_SHORTCOMING_QUOTE = '<script>window.__pwned=2</script>普法<img src=x onerror=window.__pwned=3>力量不足';
export const HOSTILE_NOTE = '<b onmouseover="window.__pwned=5">注释</b>';
/** Prefix put before bitu's first metric quote (the quote stays verbatim in the report). */
export const HOSTILE_QUOTE_PREFIX = '<img src=x onerror=window.__pwned=4>';

/** Returns the township id whose data was made hostile. */
export function writeHostileData(dataDir: string, townshipId = 'bitu'): string {
  const townships = readCsv(join(dataDir, 'townships.csv'));
  const township = townships.rows.find((row) => row.id === townshipId);
  if (!township) throw new Error(`hostile data: no township ${townshipId}`);
  township.name = HOSTILE_TOWNSHIP_NAME;
  writeCsv(join(dataDir, 'townships.csv'), townships.fields, townships.rows);

  const reports = readCsv(join(dataDir, 'reports.csv'));
  const report = reports.rows.find((row) => row.township_id === townshipId);
  if (!report?.file || !report.year) throw new Error(`hostile data: no report for ${townshipId}`);
  const reportFile = join(dataDir, report.file);

  const metrics = readCsv(join(dataDir, 'metrics.csv'));
  const metric = metrics.rows.find((row) => row.township_id === townshipId && row.metric === 'disputes_screened')
    ?? metrics.rows.find((row) => row.township_id === townshipId);
  if (!metric?.quote) throw new Error(`hostile data: no metric row for ${townshipId}`);
  metric.quote = `${HOSTILE_QUOTE_PREFIX}${metric.quote}`;
  metric.note = HOSTILE_NOTE;
  writeCsv(join(dataDir, 'metrics.csv'), metrics.fields, metrics.rows);

  const shortcomings = readCsv(join(dataDir, 'shortcomings.csv'));
  shortcomings.rows.push({ township_id: townshipId, year: report.year, category: 'legal_talent', quote: HOSTILE_SHORTCOMING_QUOTE });
  writeCsv(join(dataDir, 'shortcomings.csv'), shortcomings.fields, shortcomings.rows);

  // The quotes must be verbatim in the report, so the report text carries the markup too.
  appendFileSync(reportFile, `\n${metric.quote}。\n${HOSTILE_SHORTCOMING_QUOTE}。\n`);
  return townshipId;
}
