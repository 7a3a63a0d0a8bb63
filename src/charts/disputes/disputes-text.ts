// Text of the disputes chart: tooltip lines, aria description, footnotes.

import { RATE_NOT_COMPUTED_TEXT } from '../../model/disputes';
import { hasDataError } from '../../model/figure-state';
import {
  FOOTNOTE_APPROX,
  FOOTNOTE_AT_LEAST,
  FOOTNOTE_DATA_ERROR,
  FOOTNOTE_NOT_ENTERED,
  FOOTNOTE_NOT_REPORTED,
  formatFigure,
  isApproximate,
  formatRate,
  RATE_KIND_LABEL,
  unitOfTotal,
} from '../../model/format';
import type { DisputeComparison, DisputeRow, MetricComparison, MetricTotal } from '../../model/types';
import { rowNoun } from '../../model/comparability';
import { drawnNames } from '../rows';
import { plainText, quoteLines } from '../common';
import { errorLines } from '../outreach/outreach-text';

export function unitOf(total: MetricTotal, comparison: MetricComparison): string {
  return unitOfTotal(total, comparison.unit);
}

function figureLines(total: MetricTotal, comparison: MetricComparison, suffix = ''): string[] {
  const lines = [`${plainText(comparison.label)}：${plainText(formatFigure(total.figure, unitOf(total, comparison)))}${suffix}`];
  for (const part of total.parts) lines.push(...quoteLines(part.quote));
  for (const note of total.notes) lines.push(`  注：${plainText(note)}`);
  lines.push(...errorLines(total));
  return lines;
}

/** Found, resolved, screening rounds (marked as not disputes), and the rates. */
export function disputeTooltip(row: DisputeRow, disputes: DisputeComparison, hint: readonly string[]): string {
  const lines = [plainText(row.row.label)];
  lines.push(...figureLines(row.found, disputes.found));
  lines.push(...figureLines(row.resolved, disputes.resolved));
  if (row.screeningRounds.figure.status === 'reported') {
    lines.push(...figureLines(row.screeningRounds, disputes.screeningRounds, '（排查轮次，不是纠纷数）'));
  }
  lines.push(...rateLines(row, disputes));
  lines.push(...hint);
  return lines.join('\n');
}

export function rateLines(row: DisputeRow, disputes: DisputeComparison): string[] {
  const lines: string[] = [];
  const label = plainText(disputes.reportedRate.label);
  if (row.computedRate) {
    lines.push(`${label}（${RATE_KIND_LABEL.computed}）：${formatRate(row.computedRate)}`);
  } else if (row.computedRateMissingReason && row.computedRateMissingReason !== 'counts_missing') {
    lines.push(`${label}（计算值）：不计算——${RATE_NOT_COMPUTED_TEXT[row.computedRateMissingReason]}`);
  }
  if (row.reportedRate) {
    lines.push(`${label}（${RATE_KIND_LABEL.reported}）：${formatRate(row.reportedRate)}`);
    // The first part is the rate shown (rates are not added up); others are listed as such.
    const [shown, ...others] = row.reportedRateTotal.parts;
    if (shown) lines.push(...quoteLines(shown.quote));
    for (const part of others) {
      lines.push(`  另报“${plainText(part.item)}”：${formatRate(part)}（未采用）`);
      lines.push(...quoteLines(part.quote));
    }
  }
  const rateErrors = errorLines(row.reportedRateTotal);
  if (!row.computedRate && !row.reportedRate) lines.push(`${label}：${rateErrors.length > 0 ? '数据有误' : '未报告'}`);
  lines.push(...rateErrors);
  return lines;
}

export function disputesAria(title: string, shown: readonly DisputeRow[], disputes: DisputeComparison, rest: string | null): string {
  const items = shown.map(
    (r) =>
      `${r.row.label}${disputes.found.label}${formatFigure(r.found.figure, unitOf(r.found, disputes.found))}、` +
      `${disputes.resolved.label}${formatFigure(r.resolved.figure, unitOf(r.resolved, disputes.resolved))}`,
  );
  return `${title}：${items.join('；')}。${rest ? `${rest}。` : ''}`;
}

/** Why the two bars of a row should not be read against each other. */
const COUNTS_NOT_COMPARABLE_TEXT = {
  units_differ: '排查数与化解数计量口径不同，两条不宜直接对比',
  resolved_exceeds_found: '化解数大于排查数，两者统计口径可能不同，两条不宜直接对比',
} as const;

export function disputesFootnotes(shown: readonly DisputeRow[], disputes: DisputeComparison, rest: readonly string[]): string[] {
  const noun = rowNoun(disputes.rows.map((r) => r.row));
  const names = (labels: readonly string[]) => drawnNames(labels, noun, shown.length < disputes.rows.length);
  const notes = [...disputes.found.flags, ...disputes.resolved.flags]
    .filter((f) => f.kind !== 'lower_bounds')
    .map((f) => f.note);
  const totals = shown.flatMap((r) => [r.found, r.resolved]);
  if (totals.some((t) => t.parts.some((p) => p.bound === 'at_least'))) notes.push(FOOTNOTE_AT_LEAST);
  if (totals.some((t) => isApproximate(t.figure))) notes.push(FOOTNOTE_APPROX);
  if (totals.some((t) => t.figure.status === 'not_reported')) notes.push(FOOTNOTE_NOT_REPORTED);
  if (totals.some((t) => t.figure.status === 'not_entered')) notes.push(FOOTNOTE_NOT_ENTERED);
  if (totals.some((t) => hasDataError(t.figure))) notes.push(FOOTNOTE_DATA_ERROR);
  // Found and resolved drawn side by side although they may count different things.
  for (const reason of ['units_differ', 'resolved_exceeds_found'] as const) {
    const rows = shown.filter((r) => r.computedRateMissingReason === reason);
    if (rows.length > 0) notes.push(`${names(rows.map((r) => r.row.label))}：${COUNTS_NOT_COMPARABLE_TEXT[reason]}`);
  }
  const withRounds = shown.filter((r) => r.screeningRounds.figure.status === 'reported');
  if (withRounds.length > 0) {
    notes.push(
      `${names(withRounds.map((r) => r.row.label))}报告的“${disputes.screeningRounds.label}”是排查轮次，不是纠纷数，未计入${disputes.found.label}`,
    );
  }
  notes.push(...rest);
  return notes;
}
