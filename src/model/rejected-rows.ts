// Rejected data rows (src/data/rejected.ts) as FigureErrors: where the row is
// and why it could not be used, in the words the problems panel uses.

import { problemDetail } from '../data/messages';
import type { Problem, RejectedMetricRow, RejectedShortcomingRow } from '../data/types';
import { provenanceKey } from './provenance';
import type { FigureError } from './types';

function reasonOf(problems: readonly Problem[]): string {
  if (problems.length === 0) return '该行未能使用';
  // Without a closing 。: the reason is quoted inside sentences that end themselves.
  return problems.map((p) => `${p.column ? `「${p.column}」列：` : ''}${problemDetail(p).replace(/[。.]$/, '')}`).join('；');
}

export function metricRowError(row: RejectedMetricRow): FigureError {
  return { key: provenanceKey(row.source), file: row.source.file, line: row.source.line, item: row.item, reason: reasonOf(row.problems) };
}

export function shortcomingRowError(row: RejectedShortcomingRow): FigureError {
  return { key: provenanceKey(row.source), file: row.source.file, line: row.source.line, item: row.category, reason: reasonOf(row.problems) };
}
