// Cells of a report's rows that a spreadsheet would run as a formula when the
// saved CSV is opened by double-click in Excel or WPS: text starting with
// = + - @, a tab or a carriage return (CWE-1236). The desk keeps them verbatim
// (the quote check compares them with the report's words) and warns at review,
// naming the cell; data/README.md says how to open the files safely.

import type { DeskEntry } from './types';

const FORMULA_START = /^[=+\-@\t\r]/;

export interface FormulaCell {
  /** Where, in Chinese: 指标行 2（集中宣讲）的 quote 列. */
  where: string;
  value: string;
}

export function isFormulaLike(cell: string): boolean {
  return FORMULA_START.test(cell);
}

const shown = (value: string) => (value.length > 30 ? `${value.slice(0, 30)}…` : value).replace(/\t/g, '⇥').replace(/\r/g, '↵');

export function formulaCells(entry: DeskEntry): FormulaCell[] {
  const found: FormulaCell[] = [];
  const look = (where: string, value: string) => {
    if (isFormulaLike(value)) found.push({ where, value: shown(value) });
  };
  look('报告标题（reports.csv 的 title 列）', entry.title);
  if (entry.newTownship) {
    const t = entry.township;
    look('乡镇名称（townships.csv 的 name 列）', t.name);
    look('县（townships.csv 的 county 列）', t.county);
    look('市（townships.csv 的 prefecture 列）', t.prefecture);
    look('省（townships.csv 的 province 列）', t.province);
  }
  entry.metrics.forEach((m, i) => {
    for (const column of ['item', 'unit', 'quote', 'note'] as const) look(`指标第 ${i + 1} 行（${m.item || m.metric}）的 ${column} 列（metrics.csv）`, m[column]);
  });
  entry.shortcomings.forEach((s, i) => look(`存在的问题第 ${i + 1} 行的 quote 列（shortcomings.csv）`, s.quote));
  return found;
}
