// Numbered endnotes for the brief: every row a finding or a chart rests on,
// once, numbered in order of first citation, with its quote, township, year
// and report title; and, for a finding about a missing figure, the silent
// report itself (there is no sentence to quote for a figure that is absent).

import { displayText } from '../data/suspicious-text';
import { consecutiveRuns } from '../model/number-runs';
import type { ProvenanceIndex, ProvenanceKey, SelectionRow } from '../model/types';
import type { BriefEndnotes, CitationGroup, Endnote } from './types';

/**
 * A finding or chart citing more rows than this (quotes plus silent reports)
 * gets one condensed note instead of a note per row: a province's brief
 * would otherwise list every quote of every chart (84,000 notes for 2,000
 * townships × 6 years, issue 19), which no reader reads and no browser draws
 * in time. Each of those quotes is still one click away in the chart's table.
 */
export const MAX_NOTES_PER_GROUP = 200;

export function buildEndnotes(
  groups: readonly CitationGroup[],
  provenance: ProvenanceIndex,
  rows: readonly SelectionRow[],
): BriefEndnotes {
  const rowsByKey = new Map(rows.map((row) => [row.key, row] as const));
  const notes: Endnote[] = [];
  const numberOf = new Map<string, number>();
  const refs = new Map<string, number[]>();
  const unknownKeys: ProvenanceKey[] = [];

  const cite = (id: string, create: (number: number) => Endnote | null): number | null => {
    const existing = numberOf.get(id);
    if (existing !== undefined) return existing;
    const note = create(notes.length + 1);
    if (!note) return null;
    notes.push(note);
    numberOf.set(id, note.number);
    return note.number;
  };

  for (const group of groups) {
    if (group.sources.length + (group.silentRowKeys?.length ?? 0) > MAX_NOTES_PER_GROUP) {
      const number = cite(`group:${group.id}`, (n) => groupNote(n, group, provenance, unknownKeys));
      refs.set(group.id, number === null ? [] : [number]);
      continue;
    }
    const numbers = new Set<number>();
    for (const key of group.sources) {
      const number = cite(`key:${key}`, (n) => quoteNote(n, key, provenance));
      if (number === null) {
        if (!unknownKeys.includes(key)) unknownKeys.push(key);
      } else numbers.add(number);
    }
    for (const rowKey of group.silentRowKeys ?? []) {
      const row = rowsByKey.get(rowKey);
      if (!row) continue;
      const number = cite(`row:${rowKey}`, (n) => reportNote(n, row));
      if (number !== null) numbers.add(number);
    }
    refs.set(group.id, [...numbers].sort((a, b) => a - b));
  }
  return { notes, refs, unknownKeys };
}

function quoteNote(
  number: number,
  key: ProvenanceKey,
  provenance: ProvenanceIndex,
): Endnote | null {
  const entry = provenance.get(key);
  if (!entry) return null;
  const row = entry.kind === 'metric' ? entry.figure : entry.shortcoming;
  // Shown without bidi/zero-width characters (data/suspicious-text.ts): a quote or
  // name from data must not turn the digits after it around.
  const township = displayText(entry.township?.name ?? row.townshipId);
  const reportTitle = entry.report?.title ? displayText(entry.report.title) : null;
  const quote = displayText(row.quote);
  return {
    number,
    kind: 'quote',
    key,
    township,
    year: row.year,
    reportTitle,
    quote,
    text: `${whoAndWhere(township, row.year, reportTitle)}：“${quote}”（${key}）`,
  };
}

function groupNote(number: number, group: CitationGroup, provenance: ProvenanceIndex, unknownKeys: ProvenanceKey[]): Endnote {
  const townships = new Set<string>();
  let quotes = 0;
  // The rows only (provenance.row), not their entries: a province's group has 50,000 keys.
  for (const key of group.sources) {
    const row = provenance.row(key);
    if (!row) {
      if (!unknownKeys.includes(key)) unknownKeys.push(key);
      continue;
    }
    quotes += 1;
    townships.add(row.townshipId);
  }
  const silentReports = group.silentRowKeys?.length ?? 0;
  const what = group.label ?? '该结论';
  const quoted = quotes > 0 ? `${townships.size} 个乡镇报告中的 ${quotes} 条原文` : '';
  const silent = silentReports > 0 ? `${quoted ? '及 ' : ''}${silentReports} 份没有相关数字的报告` : '';
  return {
    number,
    kind: 'group',
    groupId: group.id,
    quotes,
    silentReports,
    townships: townships.size,
    text: `${what}依据 ${quoted}${silent}，条数太多，此处不逐条列出：每个数字的原文见相应图下的表格，在看板中点开数字即可查看。`,
  };
}

function reportNote(number: number, row: SelectionRow): Endnote {
  const reportTitle = row.report?.title ? displayText(row.report.title) : null;
  const what = row.report ? '报告中没有相关数字' : 'reports.csv 中没有这一年度的报告';
  return {
    number,
    kind: 'report',
    rowKey: row.key,
    township: displayText(row.township.name),
    year: row.year,
    reportTitle,
    text: `${whoAndWhere(displayText(row.township.name), row.year, reportTitle)}：${what}`,
  };
}

/**
 * "丙乡 2024年《丙乡2024年法治政府建设情况报告》". The year is always
 * given: report titles do not all carry it, and a brief may span years.
 */
function whoAndWhere(township: string, year: number, reportTitle: string | null): string {
  const title = reportTitle ? `《${reportTitle}》` : '';
  return `${township} ${year}年${title}`;
}

/**
 * "[1, 3–5]" after a finding or a chart caption (runs of three or more
 * collapse to a range, so a chart resting on forty rows stays one short mark);
 * empty when nothing is cited.
 */
export function refMarks(numbers: readonly number[]): string {
  const parts = consecutiveRuns(numbers).flatMap(({ first, last }) =>
    last - first >= 2 ? [`${first}–${last}`] : first === last ? [String(first)] : [String(first), String(last)],
  );
  return parts.length === 0 ? '' : `[${parts.join(', ')}]`;
}
