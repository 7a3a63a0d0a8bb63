// "Which figures could not be used?" — a figure with a data row that could not
// be used (数据有误) or a total missing such a part is never read out as a
// figure without saying so. The rows are named by file and line here: they
// are not quotes, so they cannot be endnotes.

import { briefComparisons } from './caveats';
import { errorText, figureErrors, isIncomplete } from '../model/figure-state';
import type { DashboardModel, FigureError } from '../model/types';
import { namesLookup, names, refLookup, sentence } from './text';
import { renderRowsToFix } from './claims/render';
import type { Claim, RowsToFixClaim } from './claims/types';
import type { Finding } from './types';

/** Rows listed by file and line before "等N行". */
const ROWS_LISTED = 4;

export function dataErrorFinding(model: DashboardModel): Finding | null {
  const namesOf = namesLookup(model.compared.rows);
  const refOf = refLookup(model.compared.rows);
  const claims: Claim[] = [];
  const clauses: string[] = [];
  const errors: FigureError[] = [];
  const comparisons = briefComparisons(model);
  for (const comparison of comparisons) {
    const unusable = comparison.totals.filter((t) => t.figure.status === 'data_error');
    const incomplete = comparison.totals.filter((t) => isIncomplete(t.figure));
    const metric = { id: comparison.metric, label: comparison.label };
    const named = (totals: readonly { rowKey: string }[], whole: boolean): string => {
      const who = namesOf(totals.map((t) => t.rowKey));
      claims.push({ kind: 'data_error', metric, who, whole });
      return names(who);
    };
    if (unusable.length > 0) clauses.push(`${named(unusable, true)}的${comparison.label}数据有误，未能使用`);
    if (incomplete.length > 0) {
      clauses.push(`${named(incomplete, false)}的${comparison.label}合计不完整（另有数据有误的分项，实际不少于所示数字）`);
    }
    errors.push(...[...unusable, ...incomplete].flatMap((t) => figureErrors(t.figure)));
  }
  const shortcomingRows = model.shortcomings.rowErrors;
  if (shortcomingRows.length > 0) {
    const who = namesOf(shortcomingRows.map((r) => r.rowKey));
    claims.push({ kind: 'problems_data_error', who });
    clauses.push(`${names(who)}的存在问题有数据有误的行，未计入`);
    errors.push(...shortcomingRows.flatMap((r) => r.errors));
  }
  if (clauses.length === 0) return null;
  const unique = new Map(errors.map((e) => [e.key, e] as const));
  const toFix: RowsToFixClaim = {
    kind: 'rows_to_fix',
    listed: [...unique.keys()].slice(0, ROWS_LISTED),
    count: unique.size,
    metrics: comparisons.map((c) => c.metric),
    among: model.compared.rows.map((row) => refOf(row.key)),
  };
  claims.push(toFix);
  return {
    id: 'data_errors',
    kind: 'data_error',
    text: sentence([...clauses, renderRowsToFix(toFix, (key) => errorText(unique.get(key) as FigureError))]),
    sources: [],
    silentRowKeys: [],
    claims,
  };
}
