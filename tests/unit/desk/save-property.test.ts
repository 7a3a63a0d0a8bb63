// The promise of issue 23 as a property: for any data folder (extra rows of
// any text, any separator, CRLF or LF, BOM or none, UTF-8 or GBK), any entry
// and any single failing read, either the save is refused or every record
// each table had is in the package, in order.

import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { DATA_FILES } from '../../../src/data/index';
import { readCsvFile, tableRecords } from '../../../src/desk/csv-text';
import { encodeGbk } from '../../../src/desk/gbk';
import { saveAsZip } from '../../../src/desk/save-package';
import { missingInOrder } from '../../../src/desk/table-guard';
import type { DataFolderFiles, DeskEntry } from '../../../src/desk/types';
import { unzipDataFolder } from '../../../src/desk/zip';
import { BASE, FAILURES, fakeFetch } from './fakes';
import { newTownshipEntry, readFolder } from './helpers';

const TABLES = Object.values(DATA_FILES);
const fixture = readFolder();

const cell = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('甲乡', '“引号”', 'a,b', 'a;b', '"x"', '第一行\n第二行', '=SUM(1)', '-3', ' 空格 ', '2024', ''),
);

const dialect = fc.record({
  delimiter: fc.constantFrom(',', ';', '\t'),
  crlf: fc.boolean(),
  bom: fc.boolean(),
  gbk: fc.boolean(),
});

/** The fixture table rewritten in a dialect with extra rows appended. */
function rewrite(path: string, extra: string[][], d: { delimiter: string; crlf: boolean; bom: boolean; gbk: boolean }): Uint8Array {
  const text = readCsvFile(path, fixture.get(path)!)!.text;
  const rows = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' }).data;
  const width = rows[0]!.length;
  const all = [...rows, ...extra.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''))];
  const body = Papa.unparse(all, { delimiter: d.delimiter, newline: d.crlf ? '\r\n' : '\n', quotes: false }) + (d.crlf ? '\r\n' : '\n');
  const gbk = d.gbk ? encodeGbk(body) : null;
  if (gbk) return gbk;
  return new TextEncoder().encode((d.bom ? '\uFEFF' : '') + body);
}

const folderArb = fc
  .record({
    tables: fc.tuple(...TABLES.map(() => fc.record({ extra: fc.array(fc.array(cell, { minLength: 1, maxLength: 9 }), { maxLength: 4 }), dialect }))),
  })
  .map(({ tables }) => {
    const folder: DataFolderFiles = new Map(fixture);
    TABLES.forEach((path, i) => folder.set(path, rewrite(path, tables[i]!.extra, tables[i]!.dialect)));
    return folder;
  });

const entryArb: fc.Arbitrary<{ entry: DeskEntry; replace: boolean }> = fc
  .record({ known: fc.boolean(), metrics: fc.integer({ min: 0, max: 4 }), shortcomings: fc.boolean(), replace: fc.boolean(), year: fc.constantFrom(2024, 2025) })
  .map(({ known, metrics, shortcomings, replace, year }) => {
    const base = newTownshipEntry();
    const entry = newTownshipEntry({
      ...(known ? { township: { id: 'alpha', name: '甲乡', county: '甲县', prefecture: '甲市', province: '甲省' }, newTownship: false } : {}),
      year,
      metrics: base.metrics.slice(0, metrics),
      shortcomings: shortcomings ? base.shortcomings : [],
    });
    return { entry, replace };
  });

const failingArb = fc.option(
  fc.record({ path: fc.constantFrom(...TABLES, 'reports/alpha-2024.txt', 'README.md'), how: fc.constantFrom(...FAILURES) }),
  { nil: undefined },
);

function records(path: string, bytes: Uint8Array | undefined): string[][] {
  const read = bytes ? readCsvFile(path, bytes) : null;
  return read ? tableRecords(read.text, path) : [];
}

describe('save property: refused, or every earlier record kept in order', () => {
  it('holds for any folder, entry and single failing read', async () => {
    const outcomes: Record<string, number> = {};
    await fc.assert(
      fc.asyncProperty(folderArb, entryArb, failingArb, async (folder, { entry, replace }, failing) => {
        const delivered: Uint8Array[] = [];
        const result = await saveAsZip(BASE, entry, {
          replaceExisting: replace,
          fetch: fakeFetch(folder, failing),
          timeoutMs: 1000, // long enough for a busy machine; only the 'timeout' way waits it out
          deliver: (_, bytes) => delivered.push(bytes),
          now: new Date(2026, 0, 1),
        });
        outcomes[result.status] = (outcomes[result.status] ?? 0) + 1;
        if (result.status !== 'saved') {
          expect(delivered).toEqual([]);
          return;
        }
        expect(delivered).toHaveLength(1);
        const pkg = await unzipDataFolder(delivered[0]!);
        for (const table of TABLES) {
          const before = records(table, folder.get(table));
          const after = records(table, pkg.get(table));
          const missing = missingInOrder(before, after);
          // Only a confirmed replacement may take rows out, and then its backup holds them.
          const backedUp = [...pkg].filter(([p]) => p.startsWith('backup/') && p.endsWith(`/${table}`)).flatMap(([, b]) => records(table, b).map((r) => r.join('\u0000')));
          expect(missing.filter((r) => !backedUp.includes(r.join('\u0000'))), table).toEqual([]);
          if (missing.length > 0) expect(replace).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
    // The property is about saves that happen: most runs must get that far.
    expect(outcomes.saved ?? 0, JSON.stringify(outcomes)).toBeGreaterThan(10);
  }, 300_000);
});
