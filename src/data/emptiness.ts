// No silent emptiness (issue 10): a file that holds a header and no rows, or
// whose every row was refused, is an error naming the file — otherwise every
// figure would read 未报告 under a green status line.

import { fileMessages, makeProblem } from './messages';
import type { DataFileKey } from './schema';
import type { TableResult } from './tables';
import { DATA_FILES, type Problem } from './types';
import type { Tables } from './validate';

const TABLE_OF: Record<DataFileKey, keyof Tables> = {
  townships: 'townships',
  reports: 'reports',
  metricCatalog: 'metricCatalog',
  metrics: 'metrics',
  shortcomingCategories: 'shortcomingCategories',
  shortcomings: 'shortcomings',
};

/** file_no_rows / all_rows_rejected for each readable file that gives no row at all. */
export function emptinessProblems(read: Record<DataFileKey, TableResult<unknown>>, validated: Tables): Problem[] {
  const problems: Problem[] = [];
  for (const key of Object.keys(TABLE_OF) as DataFileKey[]) {
    const result = read[key];
    if (!result.readable) continue; // already a whole-file error
    const file = DATA_FILES[key];
    if (result.recordCount === 0) problems.push(makeProblem('error', 'file_no_rows', { file }, fileMessages.noRows()));
    else if (validated[TABLE_OF[key]].length === 0) {
      problems.push(makeProblem('error', 'all_rows_rejected', { file }, fileMessages.allRowsRejected(result.recordCount)));
    }
  }
  return problems;
}
