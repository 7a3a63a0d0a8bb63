// The page state that lives in the URL, and its codec. Pure: no window, no React.
//
// The state sits in the hash (#view=outreach&year=2024&t=bitu,daguo), never in
// the path: the site is served from an unknown sub-path with no server rewrite,
// so a copied link must reopen the same view from index.html wherever it sits.
// Only values that differ from the defaults are written, so the plain page URL
// and "#view=overview" mean the same thing.

import { DEFAULT_PRINT_ORIENTATION, type PrintOrientation } from '../print/paper';
import { DEFAULT_VIEW, isViewId, type ViewId } from './views';

export type YearChoice = number | 'all';

export interface UrlState {
  view: ViewId;
  /** Chosen township ids in the order chosen; null = every township (the default). */
  townships: string[] | null;
  /** One year, every year, or null = the latest year in the data (the default). */
  year: YearChoice | null;
  /** Provenance keys of the quotes open in the side panel, e.g. ["metrics.csv:12"]; [] = closed. */
  quotes: string[];
  /**
   * Selection row (`${townshipId}:${year}`) whose report the panel shows when
   * there is no quote to show: a figure the report does not give (未报告).
   */
  row: string | null;
  /** Chosen cell of the shortcomings matrix: `${rowKey}|${categoryId}`. */
  cell: string | null;
  /** Paper orientation for printing (打印 横向/纵向); landscape is the default. */
  paper: PrintOrientation;
  /**
   * Metric group (metric-catalog.csv `group`) shown by 指标一览 and 历年变化,
   * e.g. "study"; null = the first group (a default view keeps a short URL).
   */
  group: string | null;
}

export const DEFAULT_URL_STATE: UrlState = {
  view: DEFAULT_VIEW,
  townships: null,
  year: null,
  quotes: [],
  row: null,
  cell: null,
  paper: DEFAULT_PRINT_ORIENTATION,
  group: null,
};

// Township ids are ASCII slugs (data/README.md); anything else in a URL is
// ignored rather than trusted.
const ID_PATTERN = /^[A-Za-z0-9_-]+$/;
const YEAR_PATTERN = /^\d{4}$/;
// Provenance keys are "file.csv:line"; cells are "township:year|category".
const KEY_PATTERN = /^[A-Za-z0-9_./:|-]{1,200}$/;

/** Reads the state from a hash ("#view=…" or "view=…"). Unknown or malformed parts fall back to defaults. */
export function decodeUrlState(hash: string): UrlState {
  const params = parseHashParams(hash);
  const view = params.get('view');
  return {
    view: view !== undefined && isViewId(view) ? view : DEFAULT_VIEW,
    townships: decodeTownships(params.get('t')),
    year: decodeYear(params.get('year')),
    quotes: decodeKeys(params.get('q')),
    row: decodeKey(params.get('row')),
    cell: decodeKey(params.get('cell')),
    paper: params.get('paper') === 'portrait' ? 'portrait' : DEFAULT_PRINT_ORIENTATION,
    group: decodeGroup(params.get('group')),
  };
}

/** Writes the state as a hash starting with "#". Deterministic: same state, same string. */
export function encodeUrlState(state: UrlState): string {
  const parts: string[] = [`view=${state.view}`];
  if (state.year !== null) parts.push(`year=${state.year}`);
  if (state.townships !== null) {
    const ids = unique(state.townships.filter((id) => ID_PATTERN.test(id)));
    parts.push(`t=${ids.join(',')}`);
  }
  if (state.cell !== null && KEY_PATTERN.test(state.cell)) parts.push(`cell=${encodeURIComponent(state.cell)}`);
  const quotes = unique(state.quotes.filter((key) => KEY_PATTERN.test(key)));
  if (quotes.length > 0) parts.push(`q=${quotes.map(encodeURIComponent).join(',')}`);
  if (state.row !== null && KEY_PATTERN.test(state.row)) parts.push(`row=${encodeURIComponent(state.row)}`);
  if (state.paper !== DEFAULT_PRINT_ORIENTATION) parts.push(`paper=${state.paper}`);
  if (state.group !== null && ID_PATTERN.test(state.group)) parts.push(`group=${state.group}`);
  return `#${parts.join('&')}`;
}

/** Merges a change into a state (a small helper so callers never mutate). */
export function withChanges(state: UrlState, changes: Partial<UrlState>): UrlState {
  return { ...state, ...changes };
}

function parseHashParams(hash: string): Map<string, string> {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  const params = new Map<string, string>();
  for (const pair of body.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const name = eq < 0 ? pair : pair.slice(0, eq);
    const raw = eq < 0 ? '' : pair.slice(eq + 1);
    const value = safeDecode(raw);
    // The first occurrence wins: a link edited by hand with a repeated key stays predictable.
    if (value !== null && !params.has(name)) params.set(name, value);
  }
  return params;
}

function safeDecode(raw: string): string | null {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

function decodeTownships(raw: string | undefined): string[] | null {
  if (raw === undefined) return null;
  // "t=" (present but empty) is an explicit empty choice, kept so that it round-trips.
  return unique(
    raw
      .split(',')
      .map((id) => id.trim())
      .filter((id) => ID_PATTERN.test(id)),
  );
}

function decodeYear(raw: string | undefined): YearChoice | null {
  if (raw === undefined) return null;
  if (raw === 'all') return 'all';
  return YEAR_PATTERN.test(raw) ? Number(raw) : null;
}

function decodeGroup(raw: string | undefined): string | null {
  return raw !== undefined && ID_PATTERN.test(raw) ? raw : null;
}

function decodeKey(raw: string | undefined): string | null {
  if (raw === undefined || !KEY_PATTERN.test(raw)) return null;
  return raw;
}

function decodeKeys(raw: string | undefined): string[] {
  if (raw === undefined) return [];
  return unique(raw.split(',').filter((key) => KEY_PATTERN.test(key)));
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
