// One rule per kind of column. Each turns a trimmed cell into a typed value
// or says, in Chinese, what is wrong with it. papaparse's dynamicTyping is not
// used: "0123" would become 123, "" null, and "94%" would quietly stay text.

import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import { cellMessages } from './messages';
import { BOUNDS, type Bound, type ProblemCode } from './types';

dayjs.extend(customParseFormat);

export type CellResult<T> = { ok: true; value: T } | { ok: false; code: ProblemCode; detail: string };

export interface ColumnRule<T> {
  parse(raw: string): CellResult<T>;
}

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const fail = <T>(code: ProblemCode, detail: string): CellResult<T> => ({ ok: false, code, detail });
const required = <T>(): CellResult<T> => fail('value_required', cellMessages.required());

/** Any non-empty text. */
export const requiredText: ColumnRule<string> = {
  parse: (raw) => (raw === '' ? required() : ok(raw)),
};

/** Text that may be empty (note). */
export const optionalText: ColumnRule<string> = { parse: (raw) => ok(raw) };

const ID_PATTERN = /^[a-z0-9_-]+$/;

/** An ASCII slug: taerma, outreach_events, legal-talent. */
export const idSlug: ColumnRule<string> = {
  parse(raw) {
    if (raw === '') return required();
    return ID_PATTERN.test(raw) ? ok(raw) : fail('bad_id', cellMessages.badId(raw));
  },
};

/** A four-digit year. */
export const year: ColumnRule<number> = {
  parse(raw) {
    if (raw === '') return required();
    return /^(19|20|21)\d\d$/.test(raw) ? ok(Number(raw)) : fail('bad_year', cellMessages.badYear(raw));
  },
};

/** YYYY-MM-DD, a real calendar date, or empty (null). */
export const optionalDate: ColumnRule<string | null> = {
  parse(raw) {
    if (raw === '') return ok(null);
    // Strict mode rejects 2025-02-30 and 2025-3-21.
    return dayjs(raw, 'YYYY-MM-DD', true).isValid() ? ok(raw) : fail('bad_date', cellMessages.badDate(raw));
  },
};

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
