// The six tables of data/: their columns in header order, the rule that
// parses each column, and how a row of parsed cells becomes a typed row.
// data/README.md documents the same format for county staff.

import {
  accountedFlag,
  bound,
  type ColumnRule,
  dataPath,
  idSlug,
  optionalDate,
  optionalText,
  plainNumber,
  requiredText,
  year,
} from './columns';
import {
  DATA_FILES,
  type MetricDefinition,
  type MetricFigure,
  type Report,
  type Shortcoming,
  type ShortcomingCategory,
  type SourceRef,
  type Township,
} from './types';

export type DataFileKey = keyof typeof DATA_FILES;

export interface ColumnSpec<T> {
  rule: ColumnRule<T>;
  /** A column that may be absent from the header (its cells then read as ''). */
  optionalColumn?: boolean;
}

export interface TableSchema<Cells extends object, Row> {
  key: DataFileKey;
  file: string;
  /** Header order as documented; the order in a file may differ. */
  columns: { [K in keyof Cells]: ColumnSpec<Cells[K]> };
  toRow(cells: Cells, source: SourceRef): Row;
}

function schema<Cells extends object, Row>(
  key: DataFileKey,
  columns: { [K in keyof Cells]: ColumnSpec<Cells[K]> },
  toRow: (cells: Cells, source: SourceRef) => Row,
): TableSchema<Cells, Row> {
  return { key, file: DATA_FILES[key], columns, toRow };
}

export const townshipsSchema = schema(
  'townships',
  {
    id: { rule: idSlug },
    name: { rule: requiredText },
    county: { rule: requiredText },
    prefecture: { rule: requiredText },
    province: { rule: requiredText },
  },
  (c, source): Township => ({ ...c, source }),
);

export const reportsSchema = schema(
  'reports',
  {
    township_id: { rule: requiredText },
    year: { rule: year },
    title: { rule: requiredText },
    published: { rule: optionalDate, optionalColumn: true },
    file: { rule: dataPath },
    figures_accounted: { rule: accountedFlag, optionalColumn: true },
  },
  (c, source): Report => ({
    townshipId: c.township_id,
    year: c.year,
    title: c.title,
    published: c.published,
    file: c.file,
    figuresAccounted: c.figures_accounted,
    source,
  }),
);

export const metricCatalogSchema = schema(
  'metricCatalog',
  {
    id: { rule: idSlug },
    group: { rule: requiredText },
    label: { rule: requiredText },
    unit: { rule: requiredText },
    definition: { rule: requiredText },
  },
  (c, source): MetricDefinition => ({ ...c, source }),
);

export const metricsSchema = schema(
  'metrics',
  {
    township_id: { rule: requiredText },
    year: { rule: year },
    metric: { rule: requiredText },
    item: { rule: requiredText },
    value: { rule: plainNumber },
    unit: { rule: requiredText },
    bound: { rule: bound },
    quote: { rule: requiredText },
    note: { rule: optionalText, optionalColumn: true },
  },
  (c, source): MetricFigure => ({
    townshipId: c.township_id,
    year: c.year,
    metric: c.metric,
    item: c.item,
    value: c.value,
    unit: c.unit,
    bound: c.bound,
    quote: c.quote,
    note: c.note,
    source,
  }),
);

export const shortcomingCategoriesSchema = schema(
  'shortcomingCategories',
  {
    id: { rule: idSlug },
    label: { rule: requiredText },
    definition: { rule: requiredText },
  },
  (c, source): ShortcomingCategory => ({ ...c, source }),
);

export const shortcomingsSchema = schema(
  'shortcomings',
  {
    township_id: { rule: requiredText },
    year: { rule: year },
    category: { rule: requiredText },
    quote: { rule: requiredText },
  },
  (c, source): Shortcoming => ({
    townshipId: c.township_id,
    year: c.year,
    category: c.category,
    quote: c.quote,
    source,
  }),
);

/** The documented header of a table, in order. */
export function headerOf(schema: TableSchema<object, unknown>): string[] {
  return Object.keys(schema.columns);
}
