// The five states of a figure in one place: what each is called, how a
// figure is made in each, and the questions every consumer asks of one (does
// it have a value? is it incomplete? which rows could not be used?). Display
// goes through formatFigure (format.ts), which reads these.

import type { Figure, FigureError, FigureStatus, ProvenanceKey } from './types';

export const NOT_REPORTED = '未报告';
export const NO_REPORT = '无报告';
/** A report whose figures were not all entered: no row says nothing about the report. */
export const NOT_ENTERED = '未录入';
export const DATA_ERROR = '数据有误';

/** The short mark of each state without a value. */
export const FIGURE_STATE_TEXT: Record<Exclude<FigureStatus, 'reported'>, string> = {
  not_reported: NOT_REPORTED,
  not_entered: NOT_ENTERED,
  no_report: NO_REPORT,
  data_error: DATA_ERROR,
};

/** What each mark means, for tooltips, footnotes and legends. */
export const FIGURE_STATE_MEANING: Record<Exclude<FigureStatus, 'reported'>, string> = {
  not_reported: '报告没有给出该数字（不是0）',
  not_entered: '报告中的数字尚未全部录入数据，这一项可能在报告中有（不是0，也不是未报告）',
  no_report: '数据中没有该乡镇这一年度的报告',
  data_error: '数据文件中有这一项，但该行有误、未能使用（不是0，也不是未报告）',
};

export const NOT_REPORTED_FIGURE: Figure = { status: 'not_reported', value: null, bound: null };
export const NO_REPORT_FIGURE: Figure = { status: 'no_report', value: null, bound: null };
export const NOT_ENTERED_FIGURE: Figure = { status: 'not_entered', value: null, bound: null };

/**
 * What a report without rows for a metric says: 未报告 only when every figure
 * of the report was accounted for (reports.csv figures_accounted = yes), else 未录入.
 */
export function silentFigure(report: { figuresAccounted: boolean } | null | undefined): Figure {
  return report && !report.figuresAccounted ? NOT_ENTERED_FIGURE : NOT_REPORTED_FIGURE;
}

/** The mark of a report with no row for a figure or a section: 未报告, or 未录入 when its figures were not all entered. */
export function silentText(report: { figuresAccounted: boolean } | null | undefined): string {
  return report && !report.figuresAccounted ? NOT_ENTERED : NOT_REPORTED;
}

/** True for the two states of a report that has no row for the figure (未报告, 未录入). */
export function isWithoutRow(figure: Figure): boolean {
  return figure.status === 'not_reported' || figure.status === 'not_entered';
}

export function dataErrorFigure(errors: readonly FigureError[]): Figure {
  return { status: 'data_error', value: null, bound: null, errors };
}

export type ReportedFigure = Extract<Figure, { status: 'reported' }>;

export function hasValue(figure: Figure): figure is ReportedFigure {
  return figure.status === 'reported';
}

/** The rows that could not be used: all of a data_error figure's, or the missing parts of an incomplete total. */
export function figureErrors(figure: Figure): readonly FigureError[] {
  if (figure.status === 'data_error') return figure.errors;
  if (figure.status === 'reported') return figure.errors ?? [];
  return [];
}

/** A total some of whose parts could not be used: shown as "≥N，另有M项数据有误". */
export function isIncomplete(figure: Figure): boolean {
  return figure.status === 'reported' && (figure.errors?.length ?? 0) > 0;
}

/** True when the figure has a data problem of any kind (数据有误 or incomplete). */
export function hasDataError(figure: Figure): boolean {
  return figureErrors(figure).length > 0;
}

/** "另有1项数据有误" for an incomplete total; '' otherwise. */
export function incompleteNote(figure: Figure): string {
  const count = figure.status === 'reported' ? (figure.errors?.length ?? 0) : 0;
  return count > 0 ? `另有${count}项${DATA_ERROR}` : '';
}

/** The provenance keys to open for a figure: its usable rows, then the rows with errors. */
export function openKeys(provenance: readonly ProvenanceKey[], figure: Figure): ProvenanceKey[] {
  return [...provenance, ...figureErrors(figure).map((error) => error.key)];
}

/** "metrics.csv 第45行：“200余”不是数字" — an error for a sentence or a note. */
export function errorText(error: FigureError): string {
  return `${error.file} 第${error.line}行：${error.reason}`;
}

/**
 * Adds errors to a figure: none stays as is; a value becomes an incomplete
 * total (a lower bound: the unusable parts are missing from it); no value
 * becomes 数据有误.
 */
export function withErrors(figure: Figure, errors: readonly FigureError[], options: { additive?: boolean } = {}): Figure {
  if (errors.length === 0) return figure;
  if (figure.status === 'reported') {
    // A rate is not a sum: a missing row does not make it a lower bound, only marked.
    const bound = options.additive === false ? figure.bound : 'at_least';
    // An approximate sum missing some parts is a minimum that is itself approximate (≥约).
    const approxParts = figure.approxParts || (bound === 'at_least' && figure.bound === 'approx');
    return { status: 'reported', value: figure.value, bound, errors: [...(figure.errors ?? []), ...errors], ...(approxParts ? { approxParts: true as const } : {}) };
  }
  if (figure.status === 'data_error') return dataErrorFigure([...figure.errors, ...errors]);
  return dataErrorFigure(errors);
}
