// The shared core of the data stage: the bytes of the six CSV files → a
// Dataset. The browser loader (load.ts) and `npm run check-data` both call
// it, so the page and the command report exactly the same problems.

import { emptinessProblems } from './emptiness';
import { matchIdCase } from './id-case';
import { checkValuesInQuotes } from './quotes';
import {
  type DataFileKey,
  metricCatalogSchema,
  metricsSchema,
  reportsSchema,
  shortcomingCategoriesSchema,
  shortcomingsSchema,
  type TableSchema,
  townshipsSchema,
} from './schema';
import { readTable, type TableResult } from './tables';
import { DATA_FILES, type Dataset, type Problem } from './types';
import { validateTables } from './validate';

/** The bytes of each data file, or null when it could not be fetched or read. */
export type DataFileBytes = Record<DataFileKey, Uint8Array | null>;

/** Why a file is null in DataFileBytes (HTTP 404, 网络错误 …), for the file_missing message. */
export type MissingReasons = Partial<Record<DataFileKey, string>>;

const FILE_ORDER: readonly string[] = Object.values(DATA_FILES);

/** Problems in file order (townships.csv first), then by line; whole-file problems first. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  const fileRank = (file: string): number => {
    const rank = FILE_ORDER.indexOf(file);
    return rank < 0 ? FILE_ORDER.length : rank;
  };
  return problems
    .map((problem, index) => ({ problem, index }))
    .sort(
      (a, b) =>
        fileRank(a.problem.file) - fileRank(b.problem.file) ||
        a.problem.file.localeCompare(b.problem.file) ||
        (a.problem.line ?? 0) - (b.problem.line ?? 0) ||
        a.index - b.index,
    )
    .map(({ problem }) => problem);
}

export interface BuildOptions {
  /** Called while a file is parsed: which file, and the share of it done (0–1). */
  onProgress?: (progress: { file: string; fraction: number }) => void;
}

/** Decodes, parses and validates the six tables. Never throws. */
export function buildDataset(files: DataFileBytes, missingReasons: MissingReasons = {}, options: BuildOptions = {}): Dataset {
  const { onProgress } = options;
  const read = <Cells extends object, Row>(schema: TableSchema<Cells, Row>) => {
    onProgress?.({ file: schema.file, fraction: 0 });
    return readTable(schema, files[schema.key], missingReasons[schema.key], {
      onProgress: onProgress && ((fraction) => onProgress({ file: schema.file, fraction })),
    });
  };

  const townships = read(townshipsSchema);
  const reports = read(reportsSchema);
  const metricCatalog = read(metricCatalogSchema);
  const metrics = read(metricsSchema);
  const shortcomingCategories = read(shortcomingCategoriesSchema);
  const shortcomings = read(shortcomingsSchema);

  const idsMatched = matchIdCase({
    townships: townships.rows,
    reports: reports.rows,
    metricCatalog: metricCatalog.rows,
    metrics: metrics.rows,
    shortcomingCategories: shortcomingCategories.rows,
    shortcomings: shortcomings.rows,
  });
  const validated = validateTables(
    idsMatched.tables,
    {
      townships: townships.readable,
      reports: reports.readable,
      metricCatalog: metricCatalog.readable,
      shortcomingCategories: shortcomingCategories.readable,
    },
  );

  const problems = [
    ...townships.problems,
    ...reports.problems,
    ...metricCatalog.problems,
    ...metrics.problems,
    ...shortcomingCategories.problems,
    ...shortcomings.problems,
    ...idsMatched.problems,
    ...validated.problems,
    ...emptinessProblems(
      { townships, reports, metricCatalog, metrics, shortcomingCategories, shortcomings } as Record<DataFileKey, TableResult<unknown>>,
      validated.tables,
    ),
    ...checkValuesInQuotes(validated.tables.metrics),
  ];
  return { ...validated.tables, problems: sortProblems(problems) };
}
