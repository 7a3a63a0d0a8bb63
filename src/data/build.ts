// The shared core of the data stage: the bytes of the six CSV files → a
// Dataset. The browser loader (load.ts) and `npm run check-data` both call
// it, so the page and the command report exactly the same problems.

import { emptinessProblems } from './emptiness';
import type { ByteLimits } from './file-limit';
import { matchIdCase } from './id-case';
import {
  attributeRejectedRows,
  byLine,
  metricsDroppedByValidation,
  rejectedMetricFromRecord,
  rejectedShortcomingFromRecord,
  separateValuesNotInQuotes,
  shortcomingsDroppedByValidation,
} from './rejected';
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
import {
  DATA_FILES,
  type Dataset,
  type MetricDefinition,
  type MetricFigure,
  type Problem,
  type Report,
  type Shortcoming,
  type ShortcomingCategory,
  type Township,
} from './types';
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
  /** The byte limits of a file (limits.ts); tests pass small ones. */
  byteLimits?: ByteLimits;
}

/** The six tables as read, before they are checked against each other. */
export interface DataTables {
  townships: TableResult<Township>;
  reports: TableResult<Report>;
  metricCatalog: TableResult<MetricDefinition>;
  metrics: TableResult<MetricFigure>;
  shortcomingCategories: TableResult<ShortcomingCategory>;
  shortcomings: TableResult<Shortcoming>;
}

/** Reads one table of the six, reporting its progress under its file name. */
export function readDataTable<Cells extends object, Row>(
  schema: TableSchema<Cells, Row>,
  files: DataFileBytes,
  missingReasons: MissingReasons,
  options: BuildOptions,
): TableResult<Row> {
  const { byteLimits } = options;
  const onProgress = startProgress(schema.file, options);
  return readTable(schema, files[schema.key], missingReasons[schema.key], {
    ...(onProgress ? { onProgress } : {}),
    ...(byteLimits ? { byteLimits } : {}),
  });
}

/** Says a file's reading has begun (fraction 0) and returns its progress callback, if progress is wanted. */
export function startProgress(file: string, { onProgress }: BuildOptions): ((fraction: number) => void) | undefined {
  onProgress?.({ file, fraction: 0 });
  return onProgress && ((fraction) => onProgress({ file, fraction }));
}

/** Reads the tables other than metrics.csv (read apart in the worker, read-in-halves.ts). */
export function readTablesButMetrics(files: DataFileBytes, missingReasons: MissingReasons, options: BuildOptions): Omit<DataTables, 'metrics'> {
  return {
    townships: readDataTable(townshipsSchema, files, missingReasons, options),
    reports: readDataTable(reportsSchema, files, missingReasons, options),
    metricCatalog: readDataTable(metricCatalogSchema, files, missingReasons, options),
    shortcomingCategories: readDataTable(shortcomingCategoriesSchema, files, missingReasons, options),
    shortcomings: readDataTable(shortcomingsSchema, files, missingReasons, options),
  };
}

/** Decodes, parses and validates the six tables. Never throws. */
export function buildDataset(files: DataFileBytes, missingReasons: MissingReasons = {}, options: BuildOptions = {}): Dataset {
  const metrics = readDataTable(metricsSchema, files, missingReasons, options);
  return assembleDataset({ ...readTablesButMetrics(files, missingReasons, options), metrics });
}

/** Checks on metrics.csv's rows made where they were read (read-in-halves.ts), so that here they are looked up. */
export interface MetricsCheckedAhead {
  /** linesNotStatingValue (quotes.ts) of every row of tables.metrics. */
  valuesNotStated: ReadonlySet<number>;
}

/** Checks the tables against each other and gathers every problem and refused row. */
export function assembleDataset(tables: DataTables, checkedAhead?: MetricsCheckedAhead): Dataset {
  const { townships, reports, metricCatalog, metrics, shortcomingCategories, shortcomings } = tables;
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

  // A value not written in its quote is not drawn: the row joins the rejected ones.
  const valueCheck = separateValuesNotInQuotes(validated.tables.metrics, checkedAhead?.valuesNotStated);
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
    ...valueCheck.problems,
  ];
  const rejectedMetricRows = byLine([
    ...metrics.rejected.map(rejectedMetricFromRecord),
    // From the case-matched rows: matchIdCase may replace a row, and a kept row is known by identity.
    ...metricsDroppedByValidation(idsMatched.tables.metrics, validated.tables.metrics, validated.problems),
    ...valueCheck.rejected,
  ]);
  const rejectedShortcomingRows = byLine([
    ...shortcomings.rejected.map(rejectedShortcomingFromRecord),
    ...shortcomingsDroppedByValidation(idsMatched.tables.shortcomings, validated.tables.shortcomings, validated.problems),
  ]);
  // Every refused row names the figure it belongs to, by the ids it stands for (near-id.ts).
  const attributed = attributeRejectedRows(rejectedMetricRows, rejectedShortcomingRows, {
    townships: new Set(validated.tables.townships.map((t) => t.id)),
    metrics: new Set(validated.tables.metricCatalog.map((m) => m.id)),
    categories: new Set(validated.tables.shortcomingCategories.map((c) => c.id)),
  });
  return {
    ...validated.tables,
    metrics: valueCheck.trusted,
    problems: sortProblems(problems),
    rejectedMetricRows: attributed.metricRows,
    rejectedShortcomingRows: attributed.shortcomingRows,
  };
}
