// Ids typed with capitals ("Bitu" for bitu) in a row that refers to another
// table. Ids are lowercase (columns.ts lowers a capitalised id where it is
// defined, with a warning); a reference that matches an id only when
// lowercased is read as that id, with a warning, instead of dropping the row
// and with it a whole report.

import { cellMessages, makeProblem } from './messages';
import type { Problem, SourceRef } from './types';
import type { Tables } from './validate';

export function matchIdCase(tables: Tables): { tables: Tables; problems: Problem[] } {
  const problems: Problem[] = [];
  const townshipIds = new Set(tables.townships.map((t) => t.id));
  const metricIds = new Set(tables.metricCatalog.map((m) => m.id));
  const categoryIds = new Set(tables.shortcomingCategories.map((c) => c.id));

  /** The id `raw` stands for in `ids`, warning when only its case differs. */
  const match = (raw: string, ids: ReadonlySet<string>, source: SourceRef, column: string): string => {
    if (ids.has(raw)) return raw;
    const lower = raw.toLowerCase();
    if (!ids.has(lower)) return raw; // unknown either way: validate.ts says so
    problems.push(makeProblem('warning', 'id_case', { ...source, column }, cellMessages.idCase(raw, lower)));
    return lower;
  };

  return {
    tables: {
      ...tables,
      reports: tables.reports.map((r) => {
        const townshipId = match(r.townshipId, townshipIds, r.source, 'township_id');
        return townshipId === r.townshipId ? r : { ...r, townshipId };
      }),
      // A row is copied only when an id in it is re-cased: a province has 250,000 rows.
      metrics: tables.metrics.map((m) => {
        const townshipId = match(m.townshipId, townshipIds, m.source, 'township_id');
        const metric = match(m.metric, metricIds, m.source, 'metric');
        return townshipId === m.townshipId && metric === m.metric ? m : { ...m, townshipId, metric };
      }),
      shortcomings: tables.shortcomings.map((s) => {
        const townshipId = match(s.townshipId, townshipIds, s.source, 'township_id');
        const category = match(s.category, categoryIds, s.source, 'category');
        return townshipId === s.townshipId && category === s.category ? s : { ...s, townshipId, category };
      }),
    },
    problems,
  };
}
