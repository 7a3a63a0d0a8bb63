// One rule per kind of column. Each turns a trimmed cell into a typed value
// or says, in Chinese, what is wrong with it. papaparse's dynamicTyping is not
// used: "0123" would become 123, "" null, and "94%" would quietly stay text.

import { cellMessages } from './messages';
import { BOUNDS, type Bound, type ProblemCode } from './types';

/**
 * A cell read, possibly with a warning (a small slip read anyway: "2024年",
 * "Bitu", a bad optional date), or why it could not be read.
 */
export type CellResult<T> =
  | { ok: true; value: T; warning?: { code: ProblemCode; detail: string } }
  | { ok: false; code: ProblemCode; detail: string };

export interface ColumnRule<T> {
  parse(raw: string): CellResult<T>;
}

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const fail = <T>(code: ProblemCode, detail: string): CellResult<T> => ({ ok: false, code, detail });
const required = <T>(): CellResult<T> => fail('value_required', cellMessages.required());
const okWithWarning = <T>(value: T, code: ProblemCode, detail: string): CellResult<T> => ({ ok: true, value, warning: { code, detail } });

/** Any non-empty text. */
export const requiredText: ColumnRule<string> = {
  parse: (raw) => (raw === '' ? required() : ok(raw)),
};

/** Text that may be empty (note). */
export const optionalText: ColumnRule<string> = { parse: (raw) => ok(raw) };

/**
 * reports.csv figures_accounted: yes (是) when every figure of the report's
 * text was placed in metrics.csv or set aside with a reason at the desk; no
 * (否) or empty when not, or not known. Only `yes` lets the page say 未报告.
 */
export const accountedFlag: ColumnRule<boolean> = {
  parse(raw) {
    const value = raw.toLowerCase();
    if (value === 'yes' || value === '是') return ok(true);
    if (value === '' || value === 'no' || value === '否') return ok(false);
    return okWithWarning(false, 'bad_flag', cellMessages.accountedFlag(raw));
  },
};

const ID_PATTERN = /^[a-z0-9_-]+$/;

/** An ASCII slug: taerma, outreach_events, legal-talent. */
export const idSlug: ColumnRule<string> = {
  parse(raw) {
    if (raw === '') return required();
    if (ID_PATTERN.test(raw)) return ok(raw);
    // "Bitu": the same id typed with a capital; every reference is matched case-insensitively too (id-case.ts).
    const lower = raw.toLowerCase();
    return ID_PATTERN.test(lower) ? okWithWarning(lower, 'id_case', cellMessages.idCase(raw, lower)) : fail('bad_id', cellMessages.badId(raw));
  },
};

const YEAR_PATTERN = /^(19|20|21)\d\d$/;
/** Full-width digits (２０２４) as an IME types them. */
const asciiDigits = (s: string): string => s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));

/** A four-digit year; "2024年", "2024年度" and full-width digits are read with a warning. */
export const year: ColumnRule<number> = {
  parse(raw) {
    if (raw === '') return required();
    if (YEAR_PATTERN.test(raw)) return ok(Number(raw));
    const stripped = asciiDigits(raw).replace(/\s*年度?$/, '');
    return YEAR_PATTERN.test(stripped)
      ? okWithWarning(Number(stripped), 'year_suffix', cellMessages.yearSuffix(raw, Number(stripped)))
      : fail('bad_year', cellMessages.badYear(raw));
  },
};

/** Date forms Excel and WPS write: 2025/3/21, 2025-3-21, 2025.3.21, 2025年3月21日, with or without a time. */
const DATE_FORMS = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;

/**
 * YYYY-MM-DD, a real calendar date, or empty (null). Common spreadsheet forms
 * are read as that date. A date that cannot be read is a warning and null:
 * `published` is optional and must never drop the report it belongs to.
 */
export const optionalDate: ColumnRule<string | null> = {
  parse(raw) {
    if (raw === '') return ok(null);
    const match = DATE_FORMS.exec(asciiDigits(raw));
    if (match && isCalendarDay(Number(match[1]), Number(match[2]), Number(match[3]))) {
      return ok(`${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`);
    }
    return okWithWarning(null, 'bad_date', cellMessages.badDateIgnored(raw));
  },
};

/**
 * True when the date is a day of the calendar: not 2025-02-30, not 2023-02-29.
 * Date's own arithmetic rather than dayjs's strict parsing: this runs before the
 * page's first chart, and dayjs with its format plugin was 4.8 KB gzip of the
 * chart view's JS budget (issue 19).
 */
function isCalendarDay(year: number, month: number, day: number): boolean {
  if (year < 1000) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const NUMBER_PATTERN = /^\d+(\.\d+)?$/;

/** A plain non-negative decimal number: 94, 2153, 0.5. No 余, %, 万 or separators. */
export const plainNumber: ColumnRule<number> = {
  parse(raw) {
    if (raw === '') return required();
    return NUMBER_PATTERN.test(raw) ? ok(Number(raw)) : fail('not_a_number', cellMessages.notANumber(raw));
  },
};

/** Words a report uses, mapped to the bound they mean, to suggest the right value. */
const BOUND_SUGGESTIONS: ReadonlyArray<[RegExp, Bound]> = [
  [/余|以上|超过|多|at.?least|>=|≥/i, 'at_least'],
  [/约|左右|大约|approx|~|≈/i, 'approx'],
  [/^(确数|精确|准确|exact)$/i, 'exact'],
];

/** exact, at_least or approx. */
export const bound: ColumnRule<Bound> = {
  parse(raw) {
    if (raw === '') return required();
    if ((BOUNDS as readonly string[]).includes(raw)) return ok(raw as Bound);
    const suggestion = BOUND_SUGGESTIONS.find(([pattern]) => pattern.test(raw))?.[1] ?? null;
    return fail('bad_bound', cellMessages.badBound(raw, suggestion));
  },
};

/**
 * A path under data/ (reports/bitu-2024.txt). Backslashes, as Windows users
 * type them, become slashes; absolute paths and .. are refused so that a file
 * outside data/ is never read.
 */
export const dataPath: ColumnRule<string> = {
  parse(raw) {
    if (raw === '') return required();
    const path = raw.replace(/\\/g, '/').replace(/^\.\//, '');
    const unsafe = path.startsWith('/') || /^[a-z]:/i.test(path) || path.split('/').some((part) => part === '..' || part === '');
    return unsafe ? fail('bad_path', cellMessages.badPath(raw)) : ok(path);
  },
};
