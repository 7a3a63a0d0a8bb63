// Row ordering and the "rest is in the table" note, shared by the bar charts.

import { listNames } from '../model/comparability';
import type { Figure, SelectionRow } from '../model/types';

/**
 * Reported rows by value, highest first (ties keep selection order), then the
 * not-reported rows in selection order: they stay in the chart, at the end.
 */
export function sortByFigure<T>(items: readonly T[], figureOf: (item: T) => Figure): T[] {
  return items
    .map((item, index) => ({ item, index, figure: figureOf(item) }))
    .sort((a, b) => {
      const av = a.figure.value;
      const bv = b.figure.value;
      if (av === null && bv === null) return a.index - b.index;
      if (av === null) return 1;
      if (bv === null) return -1;
      return bv - av || a.index - b.index;
    })
    .map((entry) => entry.item);
}

export function spansSeveralYears(rows: readonly Pick<SelectionRow, 'year'>[]): boolean {
  return new Set(rows.map((r) => r.year)).size > 1;
}

/** "其余12个乡镇见表格（其中3个未报告）"; across years the rows are reports. */
export function omittedNote(omittedCount: number, notReportedCount: number, severalYears: boolean): string | null {
  if (omittedCount === 0) return null;
  const noun = severalYears ? '份报告' : '个乡镇';
  const measure = severalYears ? '份' : '个';
  const notReported = notReportedCount > 0 ? `（其中${notReportedCount}${measure}未报告）` : '';
  return `其余${omittedCount}${noun}见表格${notReported}`;
}

/**
 * The `note` column of the figures, one footnote per distinct note naming the
 * rows it applies to ("海子沟乡：按“册”计。", "甲乡、乙乡等12个乡镇：按“册”计。").
 */
export function groupedNotes(entries: readonly { label: string; notes: readonly string[] }[], noun: string): string[] {
  const labelsByNote = new Map<string, string[]>();
  for (const entry of entries) {
    for (const note of entry.notes) {
      const labels = labelsByNote.get(note);
      if (labels) labels.push(entry.label);
      else labelsByNote.set(note, [entry.label]);
    }
  }
  return [...labelsByNote].map(([note, labels]) => `${listNames(labels, noun)}：${note}`);
}
