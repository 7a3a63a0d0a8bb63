// Stage 2d: the township × category matrix of admitted shortcomings and the
// ranking of categories by how many townships mention them.

import type { Dataset, ShortcomingCategory } from '../data/types';
import { indexDataset } from './dataset-index';
import { provenanceKey } from './provenance';
import { shortcomingRowError } from './rejected-rows';
import type { CategoryRank, Selection, ShortcomingCell, ShortcomingMatrix, ShortcomingRowErrors } from './types';

export function shortcomingMatrix(dataset: Dataset, selection: Selection): ShortcomingMatrix {
  const index = indexDataset(dataset);
  const cellsByCategory = new Map<string, ShortcomingCell[]>();
  const cells: ShortcomingCell[] = [];
  const unknownCategoryIds: string[] = [];

  for (const row of selection.rows) {
    const byCategory = new Map<string, ShortcomingCell>();
    for (const s of index.shortcomingsByRowKey.get(row.key) ?? []) {
      let cell = byCategory.get(s.category);
      if (!cell) {
        cell = { rowKey: row.key, categoryId: s.category, quotes: [], provenance: [] };
        byCategory.set(s.category, cell);
        cells.push(cell);
        const list = cellsByCategory.get(s.category);
        if (list) list.push(cell);
        else cellsByCategory.set(s.category, [cell]);
      }
      const key = provenanceKey(s.source);
      cell.quotes.push({ key, quote: s.quote });
      cell.provenance.push(key);
      if (!index.categoriesById.has(s.category) && !unknownCategoryIds.includes(s.category)) {
        unknownCategoryIds.push(s.category);
      }
    }
  }

  // An id missing from the catalog still shows (under its id) rather than vanish.
  const allCategories: ShortcomingCategory[] = [
    ...dataset.shortcomingCategories,
    ...unknownCategoryIds.map((id) => ({ id, label: id, definition: '', source: { file: '', line: 0 } })),
  ];

  // Out of the reports that have a problems section (存在的问题与不足): a report
  // with no shortcomings.csv row at all, usable or not, says nothing about any
  // category and is not counted in "N个乡镇中M个提到" (issue 17). When no row
  // lists any shortcoming the ranking has nothing to say: the charts and the
  // brief say so instead of "0/1" for each category.
  const outOfKeys = selection.rows.filter((r) => hasProblemsSection(index, r.key));
  const outOf = outOfKeys.length;
  const rowErrors: ShortcomingRowErrors[] = selection.rows.flatMap((r) => {
    const rejected = index.rejectedShortcomingsByRowKey.get(r.key) ?? [];
    return rejected.length > 0 ? [{ rowKey: r.key, errors: rejected.map(shortcomingRowError) }] : [];
  });
  const unitWord = selection.years.length > 1 ? ({ noun: '份报告', measure: '份' } as const) : ({ noun: '个乡镇', measure: '个' } as const);

  const ranking: CategoryRank[] = allCategories
    .map((category, catalogOrder) => {
      const categoryCells = cellsByCategory.get(category.id) ?? [];
      return {
        catalogOrder,
        rank: {
          category,
          rowCount: categoryCells.length,
          outOf,
          rowKeys: categoryCells.map((c) => c.rowKey),
          sentence: rankingSentence(outOf, categoryCells.length, category.label, unitWord),
          provenance: categoryCells.flatMap((c) => c.provenance),
        },
      };
    })
    .sort((a, b) => b.rank.rowCount - a.rank.rowCount || a.catalogOrder - b.catalogOrder)
    .map((r) => r.rank);

  return {
    rows: selection.rows,
    categories: ranking.map((r) => r.category),
    cells,
    ranking,
    unknownCategoryIds,
    rowErrors,
  };
}

/**
 * A report has a problems section when shortcomings.csv has a row for it —
 * one that could be used or one that could not (数据有误: the section exists,
 * a line of it could not be read).
 */
export function hasProblemsSection(index: ReturnType<typeof indexDataset>, rowKey: string): boolean {
  return index.shortcomingsByRowKey.has(rowKey) || (index.rejectedShortcomingsByRowKey.get(rowKey) ?? []).length > 0;
}

/** "5个乡镇中4个提到…", "5个乡镇均提到…", "5个乡镇均未提到…"; across years "15份报告中12份提到…". */
export function rankingSentence(
  outOf: number,
  count: number,
  label: string,
  unitWord: { noun: string; measure: string },
): string {
  if (count === 0) return `${outOf}${unitWord.noun}均未提到${label}`;
  if (count === outOf && outOf > 1) return `${outOf}${unitWord.noun}均提到${label}`;
  return `${outOf}${unitWord.noun}中${count}${unitWord.measure}提到${label}`;
}

// Tables look up every row × category; index each matrix's cells once.
const cellIndex = new WeakMap<ShortcomingMatrix, Map<string, ShortcomingCell>>();

export function cellFor(matrix: ShortcomingMatrix, rowKey: string, categoryId: string): ShortcomingCell | undefined {
  let index = cellIndex.get(matrix);
  if (!index) {
    index = new Map(matrix.cells.map((c) => [`${c.rowKey}|${c.categoryId}`, c] as const));
    cellIndex.set(matrix, index);
  }
  return index.get(`${rowKey}|${categoryId}`);
}
