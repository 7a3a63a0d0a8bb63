// Ids typed with capitals ("Bitu" for bitu) in a row that refers to another
// table. Ids are lowercase (columns.ts lowers a capitalised id where it is
// defined, with a warning); a reference that matches an id only when
// lowercased is read as that id, with a warning, instead of dropping the row
// and with it a whole report.

import { cellMessages, makeProblem } from './messages';
import type { Problem, SourceRef } from './types';
import { lastFoundMemo } from './last-found';
import type { Tables } from './validate';

export function matchIdCase(tables: Tables): { tables: Tables; problems: Problem[] } {
  const problems: Problem[] = [];
  /** For one table's ids: the id `raw` stands for, warning when only its case differs. */
  const matcher = (definedIds: Iterable<string>) => {
    const ids = new Set(definedIds);
    // Rows mostly repeat the row before's id: the id last found is not looked up again.
    const isKnown = lastFoundMemo(ids);
    return (raw: string, source: SourceRef, column: string): string => {
      if (isKnown(raw)) return raw;
      const lower = raw.toLowerCase();
      if (!ids.has(lower)) return raw; // unknown either way: validate.ts says so
      problems.push(makeProblem('warning', 'id_case', { ...source, column }, cellMessages.idCase(raw, lower)));
      return lower;
    };
  };
  const township = matcher(tables.townships.map((t) => t.id));
  const metricId = matcher(tables.metricCatalog.map((m) => m.id));
  const category = matcher(tables.shortcomingCategories.map((c) => c.id));

  return {
    tables: {
      ...tables,
      reports: tables.reports.map((r) => {
        const townshipId = township(r.townshipId, r.source, 'township_id');
        return townshipId === r.townshipId ? r : { ...r, townshipId };
      }),
      // A row is copied only when an id in it is re-cased: a province has 250,000 rows.
      metrics: tables.metrics.map((m) => {
        const townshipId = township(m.townshipId, m.source, 'township_id');
        const metric = metricId(m.metric, m.source, 'metric');
        return townshipId === m.townshipId && metric === m.metric ? m : { ...m, townshipId, metric };
      }),
      shortcomings: tables.shortcomings.map((s) => {
        const townshipId = township(s.townshipId, s.source, 'township_id');
        const categoryId = category(s.category, s.source, 'category');
        return townshipId === s.townshipId && categoryId === s.category ? s : { ...s, townshipId, category: categoryId };
      }),
    },
    problems,
  };
}
