// Which data files gave the page nothing, and why — so that the page can say
// plainly that something cannot be shown, instead of drawing every figure as
// 未报告 (issue 10, "no silent emptiness").
//
// A file is unusable when the dataset holds no row from it. The data stage
// guarantees an error then (a whole-file problem, or file_no_rows /
// all_rows_rejected from emptiness.ts); its message is the reason shown.

import { problemDetail } from './messages';
import { DATA_FILES, type Dataset, type Problem } from './types';

export type DataFile = (typeof DATA_FILES)[keyof typeof DATA_FILES];

export interface UnusableFile {
  file: DataFile;
  /** The error that explains it, without the file name. */
  reason: string;
}

const ROWS_OF: ReadonlyArray<[DataFile, (d: Dataset) => readonly unknown[]]> = [
  [DATA_FILES.townships, (d) => d.townships],
  [DATA_FILES.reports, (d) => d.reports],
  [DATA_FILES.metricCatalog, (d) => d.metricCatalog],
  [DATA_FILES.metrics, (d) => d.metrics],
  [DATA_FILES.shortcomingCategories, (d) => d.shortcomingCategories],
  [DATA_FILES.shortcomings, (d) => d.shortcomings],
];

/** Whole-file errors come first in a file's problems (sortProblems: no line, then line 1). */
function reasonFor(file: string, problems: readonly Problem[]): string {
  const errors = problems.filter((p) => p.file === file && p.severity === 'error');
  const wholeFile = errors.find((p) => p.line === undefined) ?? errors.find((p) => p.line === 1) ?? errors[0];
  return wholeFile ? problemDetail(wholeFile) : '没有读入任何数据行。';
}

export function unusableFiles(dataset: Dataset): UnusableFile[] {
  return ROWS_OF.filter(([, rows]) => rows(dataset).length === 0).map(([file]) => ({ file, reason: reasonFor(file, dataset.problems) }));
}

/** Files read only in part because they are over the size limit (the lines past it are refused rows). */
export function truncatedFiles(dataset: Pick<Dataset, 'problems'>): string[] {
  return [...new Set(dataset.problems.filter((p) => p.code === 'file_too_large' && p.line !== undefined).map((p) => p.file))];
}
