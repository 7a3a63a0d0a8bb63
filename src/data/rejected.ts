// Rows of metrics.csv and shortcomings.csv that could not be used are kept
// with what can be read of them (township, year, metric or category, file and
// line, the problems), so the model can mark the figure they belong to as
// 数据有误 — never as 未报告 (the report is not silent) and never folded into
// a smaller total passed off as complete. Three ways a row is left out, one
// small function each: a cell that does not parse (tables.ts), a check across
// tables (validate.ts: unknown id, no such report, duplicate), and a value
// that is not written in its quote.

import { year as yearRule } from './columns';
import { nearIdMatcher } from './near-id';
import { checkValuesInQuotes } from './quotes';
import type { RejectedRecord } from './tables';
import type {
  Dataset,
  MetricFigure,
  Problem,
  RejectedMetricRow,
  RejectedShortcomingRow,
  Shortcoming,
  SourceRef,
} from './types';

const textOrNull = (raw: string | undefined): string | null => {
  const text = (raw ?? '').trim();
  return text === '' ? null : text;
};

function yearOrNull(raw: string | undefined): number | null {
  const parsed = yearRule.parse((raw ?? '').trim());
  return parsed.ok ? parsed.value : null;
}

/** A metrics.csv row with a cell that did not parse: identity from the cells that did. */
export function rejectedMetricFromRecord(record: RejectedRecord): RejectedMetricRow {
  const { cells } = record;
  return {
    source: record.source,
    cells,
    townshipId: textOrNull(cells.township_id),
    year: yearOrNull(cells.year),
    metric: textOrNull(cells.metric),
    item: textOrNull(cells.item),
    quote: textOrNull(cells.quote),
    figure: null,
    problems: record.problems,
  };
}

/** A shortcomings.csv row with a cell that did not parse. */
export function rejectedShortcomingFromRecord(record: RejectedRecord): RejectedShortcomingRow {
  const { cells } = record;
  return {
    source: record.source,
    cells,
    townshipId: textOrNull(cells.township_id),
    year: yearOrNull(cells.year),
    category: textOrNull(cells.category),
    quote: textOrNull(cells.quote),
    problems: record.problems,
  };
}

const sourceId = (source: SourceRef): string => `${source.file}:${source.line}`;

/** The error problems of each file:line. */
function problemsByLine(problems: readonly Problem[]): Map<string, Problem[]> {
  const map = new Map<string, Problem[]>();
  for (const problem of problems) {
    if (problem.severity !== 'error' || problem.line === undefined) continue;
    const id = `${problem.file}:${problem.line}`;
    const list = map.get(id);
    if (list) list.push(problem);
    else map.set(id, [problem]);
  }
  return map;
}

/** Rows of `input` that validation left out of `kept`, with the problems it gave them. */
function droppedRows<Row extends { source: SourceRef }>(
  input: readonly Row[],
  kept: readonly Row[],
  problems: readonly Problem[],
): { row: Row; problems: Problem[] }[] {
  // `kept` is `input` with rows left out, in order (a filter): one walk finds them, with no
  // set of a province's 250,000 rows to build.
  if (kept.length === input.length) return [];
  const byLine = problemsByLine(problems);
  const dropped: { row: Row; problems: Problem[] }[] = [];
  let next = 0;
  for (const row of input) {
    if (kept[next] === row) next++;
    else dropped.push({ row, problems: byLine.get(sourceId(row.source)) ?? [] });
  }
  return dropped;
}

function cellsOfFigure(f: MetricFigure): Record<string, string> {
  return {
    township_id: f.townshipId,
    year: String(f.year),
    metric: f.metric,
    item: f.item,
    value: String(f.value),
    unit: f.unit,
    bound: f.bound,
    quote: f.quote,
    note: f.note,
  };
}

export function rejectedMetricFromFigure(figure: MetricFigure, problems: Problem[]): RejectedMetricRow {
  return {
    source: figure.source,
    cells: cellsOfFigure(figure),
    townshipId: figure.townshipId,
    year: figure.year,
    metric: figure.metric,
    item: figure.item,
    quote: figure.quote,
    figure,
    problems,
  };
}

/** metrics.csv rows that parsed but failed a check across tables (unknown id, no report, duplicate). */
export function metricsDroppedByValidation(
  input: readonly MetricFigure[],
  kept: readonly MetricFigure[],
  problems: readonly Problem[],
): RejectedMetricRow[] {
  return droppedRows(input, kept, problems).map(({ row, problems: rowProblems }) => rejectedMetricFromFigure(row, rowProblems));
}

/** shortcomings.csv rows that parsed but failed a check across tables. */
export function shortcomingsDroppedByValidation(
  input: readonly Shortcoming[],
  kept: readonly Shortcoming[],
  problems: readonly Problem[],
): RejectedShortcomingRow[] {
  return droppedRows(input, kept, problems).map(({ row, problems: rowProblems }) => ({
    source: row.source,
    cells: { township_id: row.townshipId, year: String(row.year), category: row.category, quote: row.quote },
    townshipId: row.townshipId,
    year: row.year,
    category: row.category,
    quote: row.quote,
    problems: rowProblems,
  }));
}

/**
 * Splits off the figures whose value is not written in their quote: a
 * mistyped 21530 for 2153 must not be drawn or summed as if it were true.
 * Returns the trusted figures, the rejected ones and their problems.
 * `notStated`: as for checkValuesInQuotes.
 */
export function separateValuesNotInQuotes(metrics: readonly MetricFigure[], notStated?: ReadonlySet<number>): {
  trusted: MetricFigure[];
  rejected: RejectedMetricRow[];
  problems: Problem[];
} {
  const problems = checkValuesInQuotes(metrics, notStated);
  if (problems.length === 0) return { trusted: [...metrics], rejected: [], problems };
  const byLine = problemsByLine(problems);
  const trusted: MetricFigure[] = [];
  const rejected: RejectedMetricRow[] = [];
  for (const figure of metrics) {
    const rowProblems = byLine.get(sourceId(figure.source));
    if (rowProblems) rejected.push(rejectedMetricFromFigure(figure, rowProblems));
    else trusted.push(figure);
  }
  return { trusted, rejected, problems };
}

/** In file order, so lists of rejected rows read like the file. */
export function byLine<Row extends { source: SourceRef }>(rows: readonly Row[]): Row[] {
  return [...rows].sort((a, b) => a.source.line - b.source.line);
}

/**
 * After the quote check (verifyQuotes, run once the charts are drawn): the
 * figures and shortcomings whose quote is not in their report are set aside
 * like any rejected row, so they are marked 数据有误 rather than drawn as if
 * they were traced to the report. Returns the same dataset when none is.
 */
export function rejectUnverifiedQuotes(dataset: Dataset, quoteProblems: readonly Problem[]): Dataset {
  const byLineOf = problemsByLine(quoteProblems.filter((p) => p.code === 'quote_not_in_report'));
  if (byLineOf.size === 0) return dataset;
  const unverified = <Row extends { source: SourceRef }>(row: Row) => byLineOf.get(sourceId(row.source));
  const metrics = dataset.metrics.filter((m) => !unverified(m));
  const shortcomings = dataset.shortcomings.filter((s) => !unverified(s));
  if (metrics.length === dataset.metrics.length && shortcomings.length === dataset.shortcomings.length) return dataset;
  const newMetricRows = dataset.metrics.flatMap((m) => {
    const problems = unverified(m);
    return problems ? [rejectedMetricFromFigure(m, problems)] : [];
  });
  const newShortcomingRows = shortcomingsDroppedByValidation(dataset.shortcomings, shortcomings, quoteProblems);
  return {
    ...dataset,
    metrics,
    shortcomings,
    rejectedMetricRows: byLine([...(dataset.rejectedMetricRows ?? []), ...newMetricRows]),
    rejectedShortcomingRows: byLine([...(dataset.rejectedShortcomingRows ?? []), ...newShortcomingRows]),
  };
}

export interface KnownIds {
  townships: ReadonlySet<string>;
  metrics: ReadonlySet<string>;
  categories: ReadonlySet<string>;
}

/**
 * Each rejected row's township, metric or category as the id it stands for
 * (near-id.ts: itself, its lowercase, or the one known id a letter or two
 * away), so that the figure it belongs to is marked. An id close to none or
 * to several stays as written: the row is then counted as unattributed
 * (src/model/unread-rows.ts). Its cells stay as written.
 */
export function attributeRejectedRows(
  metricRows: readonly RejectedMetricRow[],
  shortcomingRows: readonly RejectedShortcomingRow[],
  known: KnownIds,
): { metricRows: RejectedMetricRow[]; shortcomingRows: RejectedShortcomingRow[] } {
  const township = nearIdMatcher(known.townships);
  const metric = nearIdMatcher(known.metrics);
  const category = nearIdMatcher(known.categories);
  const attributed = (written: string | null, match: (id: string) => string | null): string | null =>
    written === null ? null : (match(written) ?? written);
  return {
    metricRows: metricRows.map((row) => {
      const townshipId = attributed(row.townshipId, township);
      const metricId = attributed(row.metric, metric);
      return townshipId === row.townshipId && metricId === row.metric ? row : { ...row, townshipId, metric: metricId };
    }),
    shortcomingRows: shortcomingRows.map((row) => {
      const townshipId = attributed(row.townshipId, township);
      const categoryId = attributed(row.category, category);
      return townshipId === row.townshipId && categoryId === row.category ? row : { ...row, townshipId, category: categoryId };
    }),
  };
}
