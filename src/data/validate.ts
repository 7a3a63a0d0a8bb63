// Checks across tables: every id a row refers to exists, every figure and
// shortcoming belongs to a registered report, and nothing is listed twice.
// Rows that fail are left out of the tables; every problem is kept.

import { crossMessages, makeProblem } from './messages';
import { lastFoundMemo } from './last-found';
import { nearIdMatcher } from './near-id';
import { checkNamesAndIds } from './suspicious-text';
import type {
  MetricDefinition,
  MetricFigure,
  Problem,
  Report,
  Shortcoming,
  ShortcomingCategory,
  SourceRef,
  Township,
} from './types';

export interface Tables {
  townships: Township[];
  reports: Report[];
  metricCatalog: MetricDefinition[];
  metrics: MetricFigure[];
  shortcomingCategories: ShortcomingCategory[];
  shortcomings: Shortcoming[];
}

/**
 * Which referenced tables could be read at all. A reference into a table
 * whose file is missing is not checked: the file_missing problem already
 * says what is wrong, and the other tables should still load.
 */
export interface ReferenceAvailability {
  townships: boolean;
  reports: boolean;
  metricCatalog: boolean;
  shortcomingCategories: boolean;
}

export interface ValidationResult {
  tables: Tables;
  problems: Problem[];
}

const reportKey = (townshipId: string, year: number): string => `${townshipId}\u0000${year}`;

/** A report's rows: the group a figure's or shortcoming's key is unique within. */
const byReport = {
  keyOf: (row: { townshipId: string; year: number }): string => reportKey(row.townshipId, row.year),
  same: (a: { townshipId: string; year: number }, b: { townshipId: string; year: number }): boolean => a.townshipId === b.townshipId && a.year === b.year,
};

/** Past this many rows, a group's rows kept are looked up in a Map rather than scanned. */
const SCANNED_GROUP_MAX = 48;

/** How rows are told apart: a key, and (for a group's short list) whether two rows have the same key. */
interface RowKey<Row> {
  keyOf: (row: Row) => string;
  same: (a: Row, b: Row) => boolean;
}

/** The rows kept in one group so far: scanned while few (a report has some 20 figures), then by key. */
class KeptRows<Row extends { source: SourceRef }> {
  private readonly scanned: Row[] = [];
  private byKey: Map<string, number> | null = null;
  constructor(private readonly key: RowKey<Row>) {}
  /** The line of the row kept with the same key, or undefined after keeping this one. */
  keep(row: Row): number | undefined {
    if (this.byKey) {
      const key = this.key.keyOf(row);
      const line = this.byKey.get(key);
      if (line === undefined) this.byKey.set(key, row.source.line);
      return line;
    }
    for (const kept of this.scanned) if (this.key.same(kept, row)) return kept.source.line;
    this.scanned.push(row);
    if (this.scanned.length > SCANNED_GROUP_MAX) this.byKey = new Map(this.scanned.map((kept) => [this.key.keyOf(kept), kept.source.line]));
    return undefined;
  }
}

/**
 * Keeps the first row of each key. `describe` words the duplicate problem,
 * given the key and the line of the row kept. A key is a group and a key
 * within it (a report, then the metric and item): a province's 250,000
 * figures are checked report by report, a row of the same report as the row
 * before it (as rows mostly are) not looking its group up again, and a
 * report's few rows scanned rather than keyed (a third of the time).
 */
function dropDuplicates<Row extends { source: SourceRef }>(
  rows: Row[],
  key: RowKey<Row>,
  column: string | undefined,
  describe: (row: Row, firstLine: number) => string,
  problems: Problem[],
  group: RowKey<Row> = { keyOf: () => '', same: () => true },
): Row[] {
  const groups = new Map<string, KeptRows<Row>>();
  let previous: Row | null = null;
  let kept = new KeptRows(key);
  return rows.filter((row) => {
    if (previous === null || !group.same(previous, row)) {
      const groupKey = group.keyOf(row);
      const known = groups.get(groupKey);
      if (known) kept = known;
      else groups.set(groupKey, (kept = new KeptRows(key)));
    }
    previous = row;
    const firstLine = kept.keep(row);
    if (firstLine === undefined) return true;
    problems.push(makeProblem('error', 'duplicate', { ...row.source, ...(column ? { column } : {}) }, describe(row, firstLine)));
    return false;
  });
}

/** A row keyed by one string field. */
const byField = <Row>(field: (row: Row) => string): RowKey<Row> => ({ keyOf: field, same: (a, b) => field(a) === field(b) });

export function validateTables(input: Tables, available: ReferenceAvailability): ValidationResult {
  const problems: Problem[] = checkNamesAndIds(input);
  const fail = (row: { source: SourceRef }, code: Problem['code'], column: string, detail: string): false => {
    problems.push(makeProblem('error', code, { ...row.source, column }, detail));
    return false;
  };

  const townships = dropDuplicates(input.townships, byField((t) => t.id), 'id', (t, first) => crossMessages.duplicateId(t.id, first), problems);
  const metricCatalog = dropDuplicates(input.metricCatalog, byField((m) => m.id), 'id', (m, first) => crossMessages.duplicateId(m.id, first), problems);
  const shortcomingCategories = dropDuplicates(
    input.shortcomingCategories,
    byField((c) => c.id),
    'id',
    (c, first) => crossMessages.duplicateId(c.id, first),
    problems,
  );

  const townshipIds = new Set(townships.map((t) => t.id));
  const metricIds = new Set(metricCatalog.map((m) => m.id));
  const categoryIds = new Set(shortcomingCategories.map((c) => c.id));
  // An unknown id close to exactly one known id: the message asks whether that was meant.
  const nearTownship = nearIdMatcher(townshipIds);
  const nearMetric = nearIdMatcher(metricIds);
  const nearCategory = nearIdMatcher(categoryIds);
  const isTownship = lastFoundMemo(townshipIds);
  const isMetric = lastFoundMemo(metricIds);
  const knownTownship = (row: { townshipId: string; source: SourceRef }, dataRow = true): boolean =>
    !available.townships ||
    isTownship(row.townshipId) ||
    fail(row, 'unknown_township', 'township_id', crossMessages.unknownTownship(row.townshipId, nearTownship(row.townshipId), dataRow));

  const reports = dropDuplicates(
    input.reports.filter((r) => knownTownship(r, false)),
    byReport,
    'year',
    (r, first) => crossMessages.duplicateReport(r.townshipId, r.year, first),
    problems,
  );
  const reportKeys = new Set(reports.map((r) => reportKey(r.townshipId, r.year)));
  // Rows of one report follow each other: the report last found is not looked up again.
  let lastReportFound: { townshipId: string; year: number } | null = null;
  const isReport = (row: { townshipId: string; year: number }): boolean => {
    if (lastReportFound !== null && byReport.same(lastReportFound, row)) return true;
    if (!reportKeys.has(reportKey(row.townshipId, row.year))) return false;
    lastReportFound = row;
    return true;
  };
  // A row of an unknown township is already reported; its report is then unknown too.
  const knownTownshipAndReport = (row: { townshipId: string; year: number; source: SourceRef }): boolean =>
    knownTownship(row) && (!available.reports || isReport(row) || fail(row, 'unknown_report', 'year', crossMessages.unknownReport(row.townshipId, row.year)));

  const metrics = dropDuplicates(
    input.metrics.filter((m) => {
      // Evaluate both so that one row gets every problem it has.
      const reportOk = knownTownshipAndReport(m);
      const metricOk = !available.metricCatalog || isMetric(m.metric) || fail(m, 'unknown_metric', 'metric', crossMessages.unknownMetric(m.metric, nearMetric(m.metric)));
      return reportOk && metricOk;
    }),
    { keyOf: (m) => `${m.metric}\u0000${m.item}`, same: (a, b) => a.metric === b.metric && a.item === b.item },
    undefined,
    (_m, first) => crossMessages.duplicateFigure(first),
    problems,
    byReport,
  );

  const shortcomings = dropDuplicates(
    input.shortcomings.filter((s) => {
      const reportOk = knownTownshipAndReport(s);
      const categoryOk =
        !available.shortcomingCategories ||
        categoryIds.has(s.category) ||
        fail(s, 'unknown_category', 'category', crossMessages.unknownCategory(s.category, nearCategory(s.category)));
      return reportOk && categoryOk;
    }),
    { keyOf: (s) => `${s.category}\u0000${s.quote}`, same: (a, b) => a.category === b.category && a.quote === b.quote },
    undefined,
    (_s, first) => crossMessages.duplicateShortcoming(first),
    problems,
    byReport,
  );

  return { tables: { townships, reports, metricCatalog, metrics, shortcomingCategories, shortcomings }, problems };
}
