// Read and rewrite a data CSV of a site copy, for the test data that alters
// the shipped data (formula-data.ts, hostile-data.ts): columns kept in order.
import { readFileSync, writeFileSync } from 'node:fs';
import Papa from 'papaparse';

export type CsvRow = Record<string, string>;

export function readCsv(file: string): { fields: string[]; rows: CsvRow[] } {
  const parsed = Papa.parse<CsvRow>(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true });
  return { fields: parsed.meta.fields ?? [], rows: parsed.data };
}

export function writeCsv(file: string, fields: string[], rows: CsvRow[]): void {
  writeFileSync(file, `${Papa.unparse({ fields, data: rows.map((row) => fields.map((f) => row[f] ?? '')) })}\n`);
}
