// A Dataset in a form that crosses from the data worker to the page cheaply.
//
// Why: posting a province's Dataset (250,000 metric rows, each an object with
// a nested source) as it is costs seconds on the page: the structured clone
// rebuilds every object and copies every string of every row (the same
// township id 125 times over), and the copies also swell the heap (issue 19).
// Packed, the two large tables travel as columns: numbers in typed arrays
// (transferred, not copied) and strings in one joined string with offsets —
// ids, items, units and notes once each (once per part when metrics.csv was
// read in two parts: each worker packed its own rows, packedFromParts), quotes
// once per row (nearly all differ). Unpacking rebuilds plain rows on the page
// with each id, item and unit shared, which is faster than the clone and
// smaller in memory.
//
// The small tables, the problems and the refused rows travel as they are.

import type { Dataset, MetricFigure, Shortcoming } from './types';

export interface PackedTable {
  length: number;
  /** Per field: dictionary indices (string fields) or values (number fields). */
  columns: Record<string, Int32Array | Float64Array>;
  /** source.file by dictionary index, source.line as is. */
  files: Int32Array;
  lines: Int32Array;
}

export interface PackedDataset {
  rest: Omit<Dataset, 'metrics' | 'shortcomings'>;
  metrics: PackedTable;
  shortcomings: PackedTable;
  /** The strings of both tables (each id, item, unit and note once; each quote per row), joined; string i is text.slice(offsets[i], offsets[i + 1]). */
  text: string;
  offsets: Uint32Array;
}

class Dictionary {
  private readonly index = new Map<string, number>();
  readonly strings: string[] = [];
  /** `firstId`: ids below it are strings packed before (rows packed where they were read). */
  constructor(private readonly firstId = 0) {}
  /** A string stored without looking it up: one that is nearly always new (a quote). */
  add(value: string): number {
    this.strings.push(value);
    return this.firstId + this.strings.length - 1;
  }
  id(value: string): number {
    let id = this.index.get(value);
    if (id === undefined) {
      id = this.firstId + this.strings.length;
      this.index.set(value, id);
      this.strings.push(value);
    }
    return id;
  }
}

/**
 * Every field of a row but its source, by how it is packed: a row type's new
 * field must be listed here. 'string': looked up in the dictionary, stored
 * once (ids, units, items: few distinct values); 'text': stored per row
 * without a lookup (quotes are nearly all different: looking each of a
 * province's 250,000 up cost a third of the packing and saved nothing).
 */
type FieldKind = 'string' | 'text' | 'number';
type FieldKinds<Row> = Record<Exclude<keyof Row, 'source'>, FieldKind>;

const METRIC_FIELDS: FieldKinds<MetricFigure> = {
  townshipId: 'string',
  year: 'number',
  metric: 'string',
  item: 'string',
  value: 'number',
  unit: 'string',
  bound: 'string',
  quote: 'text',
  note: 'string',
};

const SHORTCOMING_FIELDS: FieldKinds<Shortcoming> = { townshipId: 'string', year: 'number', category: 'string', quote: 'text' };

function packTable<Row extends { source: { file: string; line: number } }>(rows: readonly Row[], kinds: FieldKinds<Row>, dictionary: Dictionary): PackedTable {
  const length = rows.length;
  const columns: PackedTable['columns'] = {};
  for (const [field, kind] of Object.entries(kinds) as Array<[keyof Row & string, FieldKind]>) {
    if (kind === 'string') {
      const ids = new Int32Array(length);
      // Rows of one report follow each other: the same township, file, unit… as the row before is not looked up.
      let previous: string | null = null;
      let previousId = -1;
      for (let i = 0; i < length; i++) {
        const value = rows[i]![field] as string;
        if (value !== previous) {
          previous = value;
          previousId = dictionary.id(value);
        }
        ids[i] = previousId;
      }
      columns[field] = ids;
    } else if (kind === 'text') {
      const ids = new Int32Array(length);
      for (let i = 0; i < length; i++) ids[i] = dictionary.add(rows[i]![field] as string);
      columns[field] = ids;
    } else {
      const values = new Float64Array(length);
      for (let i = 0; i < length; i++) values[i] = rows[i]![field] as number;
      columns[field] = values;
    }
  }
  const files = new Int32Array(length);
  const lines = new Int32Array(length);
  const fileId = (file: string): number => (file === previousFile ? previousFileId : ((previousFile = file), (previousFileId = dictionary.id(file))));
  let previousFile: string | null = null;
  let previousFileId = -1;
  for (let i = 0; i < length; i++) {
    files[i] = fileId(rows[i]!.source.file);
    lines[i] = rows[i]!.source.line;
  }
  return { length, columns, files, lines };
}

/** Strings joined, with where each starts. */
interface JoinedStrings {
  text: string;
  /** One more than the strings: string i is text.slice(offsets[i], offsets[i + 1]). */
  offsets: Uint32Array;
}

/** The dictionary's strings joined, with where each starts. */
function joinStrings(dictionary: Dictionary): JoinedStrings {
  const offsets = new Uint32Array(dictionary.strings.length + 1);
  let at = 0;
  dictionary.strings.forEach((value, i) => {
    offsets[i] = at;
    at += value.length;
  });
  offsets[dictionary.strings.length] = at;
  return { text: dictionary.strings.join(''), offsets };
}

/** Several joined string lists as one: the ids of the second follow those of the first, and so on. */
function concatStrings(lists: readonly JoinedStrings[]): JoinedStrings {
  const offsets = new Uint32Array(lists.reduce((sum, list) => sum + list.offsets.length - 1, 0) + 1);
  let id = 0;
  let at = 0;
  for (const list of lists) {
    const count = list.offsets.length - 1;
    for (let i = 0; i < count; i++) offsets[id + i] = at + list.offsets[i]!;
    id += count;
    at += list.text.length;
  }
  offsets[id] = at;
  return { text: lists.map((list) => list.text).join(''), offsets };
}

/** Metric rows as read in one part of metrics.csv, and the same rows packed (read-in-halves.ts). */
export interface MetricPart {
  rows: readonly MetricFigure[];
  packed: PackedMetricRows;
}

/**
 * The Dataset's metric rows taken from their parts' packed columns, when they
 * are the parts' rows themselves, in order, some perhaps left out (refused by
 * the checks); null when a row is not (an id re-cased makes a new row). Each
 * part was packed by the worker that read it, while the other was reading:
 * packing a province's 250,000 rows again here cost 150 ms after both were done.
 */
function packedFromParts(metrics: readonly MetricFigure[], parts: readonly MetricPart[]): { table: PackedTable; strings: JoinedStrings } | null {
  const length = metrics.length;
  const partOf = new Int32Array(length);
  const indexIn = new Int32Array(length);
  let part = 0;
  let next = 0;
  for (let k = 0; k < length; k++) {
    const row = metrics[k];
    while (part < parts.length && parts[part]!.rows[next] !== row) {
      if (++next >= parts[part]!.rows.length) {
        part++;
        next = 0;
      }
    }
    if (part === parts.length) return null;
    partOf[k] = part;
    indexIn[k] = next;
    if (++next >= parts[part]!.rows.length) {
      part++;
      next = 0;
    }
  }
  // Ids of part p's strings follow those of the parts before it.
  const idShift = parts.map((_, p) => parts.slice(0, p).reduce((sum, before) => sum + before.packed.offsets.length - 1, 0));
  const gather = <A extends Int32Array | Float64Array>(make: (n: number) => A, of: (table: PackedTable) => A, shifted: boolean): A => {
    const out = make(length);
    // partOf only grows: one run of rows per part.
    for (let k = 0; k < length; ) {
      const p = partOf[k]!;
      const from = of(parts[p]!.packed.table);
      const shift = shifted ? idShift[p]! : 0;
      for (; k < length && partOf[k] === p; k++) out[k] = from[indexIn[k]!]! + shift;
    }
    return out;
  };
  const columns: PackedTable['columns'] = {};
  for (const [field, kind] of Object.entries(METRIC_FIELDS)) {
    columns[field] =
      kind !== 'number'
        ? gather((n) => new Int32Array(n), (table) => table.columns[field] as Int32Array, true)
        : gather((n) => new Float64Array(n), (table) => table.columns[field] as Float64Array, false);
  }
  const table: PackedTable = {
    length,
    columns,
    files: gather((n) => new Int32Array(n), (t) => t.files, true),
    lines: gather((n) => new Int32Array(n), (t) => t.lines, false),
  };
  return { table, strings: concatStrings(parts.map((p) => p.packed)) };
}

function splitStrings(text: string, offsets: Uint32Array): string[] {
  const strings: string[] = new Array(offsets.length - 1);
  for (let i = 0; i < strings.length; i++) strings[i] = text.slice(offsets[i], offsets[i + 1]);
  return strings;
}

const buffersOf = (table: PackedTable): ArrayBuffer[] => [...Object.values(table.columns), table.files, table.lines].map((array) => array.buffer as ArrayBuffer);

/**
 * The packed dataset and the buffers to transfer with it (postMessage's second
 * argument). `metricParts`: metrics.csv's rows as read and packed in parts.
 */
export function packDataset(dataset: Dataset, metricParts?: readonly MetricPart[]): { packed: PackedDataset; transfer: ArrayBuffer[] } {
  const { metrics, shortcomings, ...rest } = dataset;
  const fromParts = metricParts ? packedFromParts(metrics, metricParts) : null;
  const before = fromParts?.strings ?? { text: '', offsets: new Uint32Array(1) };
  const dictionary = new Dictionary(before.offsets.length - 1);
  const packedMetrics = fromParts?.table ?? packTable(metrics, METRIC_FIELDS, dictionary);
  const packedShortcomings = packTable(shortcomings, SHORTCOMING_FIELDS, dictionary);
  const { text, offsets } = concatStrings([before, joinStrings(dictionary)]);
  const packed: PackedDataset = { rest, metrics: packedMetrics, shortcomings: packedShortcomings, text, offsets };
  const transfer = [...buffersOf(packedMetrics), ...buffersOf(packedShortcomings), offsets.buffer as ArrayBuffer];
  return { packed, transfer };
}

/** Metric rows alone, packed the same way: what the second reader of metrics.csv sends back (read-in-halves.ts). */
export interface PackedMetricRows {
  table: PackedTable;
  text: string;
  offsets: Uint32Array;
}

export function packMetricRows(rows: readonly MetricFigure[]): { packed: PackedMetricRows; transfer: ArrayBuffer[] } {
  const dictionary = new Dictionary();
  const table = packTable(rows, METRIC_FIELDS, dictionary);
  const { text, offsets } = joinStrings(dictionary);
  return { packed: { table, text, offsets }, transfer: [...buffersOf(table), offsets.buffer as ArrayBuffer] };
}

export function unpackMetricRows(packed: PackedMetricRows): MetricFigure[] {
  return unpackMetrics(packed.table, splitStrings(packed.text, packed.offsets));
}

/**
 * A whole number read from a Float64Array as an integer: rows parsed from
 * text hold small integers as such (V8's Smi), and rows of both kinds end up
 * in one array in the data worker (read-in-halves.ts). Mixed, V8 changes the
 * field's representation and migrates every row already made, which costs the
 * checks after it some 100 ms at province scale. -0 stays -0.
 */
const asRead = (n: number): number => ((n | 0) === n && (n !== 0 || 1 / n > 0) ? n | 0 : n);

// Written out per table (not a loop over field names): object literals of one
// shape are what makes rebuilding 250,000 rows fast.
function unpackMetrics(table: PackedTable, strings: readonly string[]): MetricFigure[] {
  const c = table.columns as Record<'townshipId' | 'metric' | 'item' | 'unit' | 'bound' | 'quote' | 'note', Int32Array> & Record<'year' | 'value', Float64Array>;
  const rows: MetricFigure[] = new Array(table.length);
  for (let i = 0; i < table.length; i++) {
    rows[i] = {
      townshipId: strings[c.townshipId[i]!]!,
      year: asRead(c.year[i]!),
      metric: strings[c.metric[i]!]!,
      item: strings[c.item[i]!]!,
      value: asRead(c.value[i]!),
      unit: strings[c.unit[i]!]!,
      bound: strings[c.bound[i]!] as MetricFigure['bound'],
      quote: strings[c.quote[i]!]!,
      note: strings[c.note[i]!]!,
      source: { file: strings[table.files[i]!]!, line: table.lines[i]! },
    };
  }
  return rows;
}

function unpackShortcomings(table: PackedTable, strings: readonly string[]): Shortcoming[] {
  const c = table.columns as Record<'townshipId' | 'category' | 'quote', Int32Array> & Record<'year', Float64Array>;
  const rows: Shortcoming[] = new Array(table.length);
  for (let i = 0; i < table.length; i++) {
    rows[i] = {
      townshipId: strings[c.townshipId[i]!]!,
      year: asRead(c.year[i]!),
      category: strings[c.category[i]!]!,
      quote: strings[c.quote[i]!]!,
      source: { file: strings[table.files[i]!]!, line: table.lines[i]! },
    };
  }
  return rows;
}

/** The Dataset as the worker built it, each distinct string shared. */
export function unpackDataset(packed: PackedDataset): Dataset {
  const strings = splitStrings(packed.text, packed.offsets);
  return {
    ...packed.rest,
    metrics: unpackMetrics(packed.metrics, strings),
    shortcomings: unpackShortcomings(packed.shortcomings, strings),
  };
}
