// Characters in ids and names that change how text looks without being seen
// (issue 17): a name ending in an unterminated right-to-left override (U+202E)
// turns the digits after it around on screen ("≥70场次" → "次场07≥"); a name
// with a zero-width space looks exactly like another township's name. The data
// keeps them verbatim (they may be what the source file says); validation
// reports each as a warning with file:line, and every display of a name goes
// through `displayText`, so no bidi control from data reaches the layout.

import { makeProblem } from './messages';
import type { Problem, SourceRef } from './types';

/** Explicit bidi controls: marks, embeddings, overrides, isolates. */
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
/** Invisible characters that join or separate nothing visible. */
const ZERO_WIDTH = /[\u00AD\u180E\u200B-\u200D\u2060-\u2064\uFEFF]/g;
/** C0/C1 control characters (a tab or line break inside a name is a mistake too). */
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/g;
/**
 * Look-alikes: Kangxi radicals and CJK compatibility ideographs (⼀ for 一, 﨑 …),
 * full-width Latin letters and digits (not full-width punctuation, which Chinese uses), and Greek/Cyrillic letters — each shows as
 * a familiar character while comparing unequal to it.
 */
const LOOK_ALIKE = /[\u2E80-\u2FDF\uF900-\uFAFF\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\u0370-\u03FF\u0400-\u04FF]|\uD87E[\uDC00-\uDE1F]/g;

export type SuspiciousKind = 'bidi' | 'zero_width' | 'control' | 'look_alike';

const KIND_TEXT: Readonly<Record<SuspiciousKind, string>> = {
  bidi: '文字方向控制符',
  zero_width: '零宽字符',
  control: '控制字符',
  look_alike: '形近字符',
};

export interface SuspiciousChar {
  kind: SuspiciousKind;
  /** "U+202E". */
  codePoint: string;
  /** 0-based position in the text (UTF-16). */
  index: number;
}

const PATTERNS: readonly [SuspiciousKind, RegExp][] = [
  ['bidi', BIDI],
  ['zero_width', ZERO_WIDTH],
  ['control', CONTROL],
  ['look_alike', LOOK_ALIKE],
];

/** Any suspicious character at all: one pass, so clean cells (nearly all) cost little. */
const ANY = new RegExp(PATTERNS.map(([, pattern]) => pattern.source).join('|'));

/** Every suspicious character of `text`, in order of position. */
export function suspiciousChars(text: string): SuspiciousChar[] {
  if (!ANY.test(text)) return [];
  const found: SuspiciousChar[] = [];
  for (const [kind, pattern] of PATTERNS) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const code = match[0].codePointAt(0) ?? 0;
      found.push({ kind, index: match.index, codePoint: `U+${code.toString(16).toUpperCase().padStart(4, '0')}` });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * A name as shown: bidi controls and zero-width characters removed. Look-alikes
 * and control characters stay (they are visible or harmless to layout, and
 * validation names them; a tab is kept so an export shows what the file says).
 * The data itself is never changed.
 */
export function displayText(text: string): string {
  return text.replace(BIDI, '').replace(ZERO_WIDTH, '');
}

/** A cell to check: where it is, which column, what it says. */
export interface CheckedCell {
  source: SourceRef;
  column: string;
  text: string;
}

/** One warning per cell with suspicious characters: "townships.csv 第3行「name」列：含有文字方向控制符（U+202E）…". */
export function suspiciousTextProblems(cells: readonly CheckedCell[]): Problem[] {
  return cells.flatMap((cell) => {
    const found = suspiciousChars(cell.text);
    if (found.length === 0) return [];
    const kinds = [...new Set(found.map((c) => c.kind))];
    const what = kinds
      .map((kind) => `${KIND_TEXT[kind]}（${[...new Set(found.filter((c) => c.kind === kind).map((c) => c.codePoint))].join('、')}）`)
      .join('、');
    const shown = JSON.stringify(cell.text).slice(1, -1);
    return [
      makeProblem(
        'warning',
        'suspicious_characters',
        { ...cell.source, column: cell.column },
        `“${displayText(cell.text)}”含有看不见或易混淆的字符：${what}（原文转写为“${shown}”）。页面显示时去掉了不可见字符，但它与外观相同的名称或编号并不相等；请在数据文件中删除或改正这些字符。`,
      ),
    ];
  });
}

interface NamedRows {
  townships: readonly { id: string; name: string; county: string; source: SourceRef }[];
  reports: readonly { townshipId: string; source: SourceRef }[];
  metricCatalog: readonly { id: string; label: string; source: SourceRef }[];
  shortcomingCategories: readonly { id: string; label: string; source: SourceRef }[];
}

/** The ids and names the page shows, checked for suspicious characters. */
export function checkNamesAndIds(tables: NamedRows): Problem[] {
  // Only cells that hold something suspicious are collected: clean tables (nearly all) cost one test per cell.
  const cells: CheckedCell[] = [];
  const check = (source: SourceRef, column: string, text: string) => {
    if (ANY.test(text)) cells.push({ source, column, text });
  };
  for (const t of tables.townships) {
    check(t.source, 'id', t.id);
    check(t.source, 'name', t.name);
    check(t.source, 'county', t.county);
  }
  // Titles are the reports' own words (full-width digits and all): only the id is checked.
  for (const r of tables.reports) check(r.source, 'township_id', r.townshipId);
  for (const m of tables.metricCatalog) {
    check(m.source, 'id', m.id);
    check(m.source, 'label', m.label);
  }
  for (const c of tables.shortcomingCategories) {
    check(c.source, 'id', c.id);
    check(c.source, 'label', c.label);
  }
  return suspiciousTextProblems(cells);
}
