// Reads a served site's data/ folder from the test side, so the tests compare
// the page with the data it was given rather than with hard-coded names.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { PROJECT_ROOT } from './site';

export type SiteName = 'shipped' | 'hostile' | 'generated' | 'formula' | 'partial' | 'multi' | 'states';

export function siteDataDir(site: SiteName): string {
  return join(PROJECT_ROOT, 'test-output', 'browser-site', site, 'data');
}

export function readCsvRows(site: SiteName, file: string): Record<string, string>[] {
  const text = readFileSync(join(siteDataDir(site), file), 'utf8');
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
}

export function townshipNames(site: SiteName): { id: string; name: string }[] {
  return readCsvRows(site, 'townships.csv').map((row) => ({ id: row.id ?? '', name: row.name ?? '' }));
}

/** Years in reports.csv, newest last. */
export function reportYears(site: SiteName): number[] {
  return [...new Set(readCsvRows(site, 'reports.csv').map((row) => Number(row.year)))].sort((a, b) => a - b);
}

/** Report rows per year (township × year pairs that have a report): what each view compares. */
export function reportCount(site: SiteName, year?: number): number {
  return readCsvRows(site, 'reports.csv').filter((row) => year === undefined || Number(row.year) === year).length;
}

/** Rows of a CSV in any data folder (a site made by a test file itself). */
export function readCsvRowsIn(dataDir: string, file: string): Record<string, string>[] {
  const text = readFileSync(join(dataDir, file), 'utf8').replace(/^\uFEFF/, '');
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
}

/**
 * Names of the townships a view compares: those with a report in `year`
 * ('all' or null: in any year), in townships.csv order.
 */
export function townshipsWithReport(site: SiteName, year: string | null): string[] {
  const reported = new Set(
    readCsvRows(site, 'reports.csv')
      .filter((row) => year === null || year === 'all' || row.year === year)
      .map((row) => row.township_id ?? ''),
  );
  return townshipNames(site).filter((t) => reported.has(t.id)).map((t) => t.name);
}
