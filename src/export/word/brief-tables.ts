// The brief's tables as text, for the Word document: the same columns and the
// same marks as the tables beside the charts on the page (OutreachView,
// DisputesView, ShortcomingsView), written with the shared formatters of
// model/format.ts, so a change in how a figure reads (≥, 约, 未报告 …) reaches
// the .docx too. Nothing here knows a township, a year or a figure.

import { distributionOf, type Distribution } from '../../charts/distribution/distribution';
import { RATE_NOT_COMPUTED_TEXT } from '../../model';
import { pointFor, pointText, type MetricHistory } from '../../model/history';
import { formatFigure, formatRate, RATE_KIND_LABEL } from '../../model/format';
import { silentText } from '../../model/figure-state';
import type {
  DisputeComparison,
  DisputeRow,
  MetricComparison,
  MetricTotal,
  ShortcomingMatrix,
} from '../../model/types';

/** A table to print: header cells and rows of text; `numeric` columns are right-aligned. */
export interface TextTable {
  /** e.g. "普法宣传活动（表）", as the page's table caption. */
  caption: string;
  header: string[];
  /** Parallel to `header`. */
  numeric: boolean[];
  rows: string[][];
}

/** Shown where a cell has nothing to say (no parts, no note). */
export const EMPTY_CELL = '—';

/** "≥2153人次", "未报告", with "（单位不一）" when a township's parts mix measures. */
export function totalText(total: MetricTotal, fallbackUnit: string): string {
  const unit = total.units.length > 0 ? total.units.join('/') : fallbackUnit;
  return `${formatFigure(total.figure, unit)}${total.mixedUnits ? '（单位不一）' : ''}`;
}

/** "集中宣讲 ≥25次；入户宣讲 50次", or "—". */
export function partsText(total: MetricTotal): string {
  if (total.parts.length === 0) return EMPTY_CELL;
  return total.parts
    .map((part) => `${part.item} ${formatFigure({ status: 'reported', value: part.value, bound: part.bound }, part.unit)}`)
    .join('；');
}

/** One outreach metric: township, total, the report's parts. */
export function outreachTextTable(comparison: MetricComparison): TextTable {
  return {
    caption: `${comparison.label}（表）`,
    header: ['乡镇', '合计', '报告所列分项'],
    numeric: [false, true, false],
    rows: comparison.rows.flatMap((row, index) => {
      const total = comparison.totals[index];
      return total ? [[row.label, totalText(total, comparison.unit), partsText(total)]] : [];
    }),
  };
}

/** Disputes found and resolved, and screening rounds kept apart (they are not disputes). */
export function disputeCountsTextTable(disputes: DisputeComparison): TextTable {
  return {
    caption: '排查与化解（表）',
    header: ['乡镇', '排查出的纠纷', '化解', '排查次数（非纠纷数）'],
    numeric: [false, true, true, true],
    rows: disputes.rows.map((dispute) => [
      dispute.row.label,
      totalText(dispute.found, disputes.found.unit),
      totalText(dispute.resolved, disputes.resolved.unit),
      totalText(dispute.screeningRounds, disputes.screeningRounds.unit),
    ]),
  };
}

/** Why the shown rate is what it is: the other rate when both exist, or why none was computed (as on the page). */
export function rateExplanation(row: DisputeRow): string {
  const notes: string[] = [];
  if (row.computedRate && row.reportedRate) notes.push(`报告所述为${formatRate(row.reportedRate)}`);
  if (!row.computedRate && row.computedRateMissingReason) notes.push(RATE_NOT_COMPUTED_TEXT[row.computedRateMissingReason]);
  return notes.length > 0 ? notes.join('；') : EMPTY_CELL;
}

/** The success rate shown (computed or as reported, marked as which) and why. */
export function successRateTextTable(disputes: DisputeComparison): TextTable {
  return {
    caption: '调解成功率（表）',
    header: ['乡镇', '成功率', '来源', '说明'],
    numeric: [false, true, false, false],
    rows: disputes.rows.map((dispute) => [
      dispute.row.label,
      formatRate(dispute.headlineRate),
      dispute.headlineRate ? RATE_KIND_LABEL[dispute.headlineRate.kind] : EMPTY_CELL,
      rateExplanation(dispute),
    ]),
  };
}

/** Each category: how many rows mention it out of how many, and who (all names: paper has room). */
export function rankingTextTable(matrix: ShortcomingMatrix): TextTable {
  const labelOf = new Map(matrix.rows.map((row) => [row.key, row.label] as const));
  return {
    caption: '各类问题被提及情况（表）',
    header: ['问题类别', '提到', '提到的乡镇名单'],
    numeric: [false, true, false],
    rows: matrix.ranking.map((rank) => [
      rank.category.label,
      `${rank.rowCount}/${rank.outOf}`,
      rank.rowKeys.length > 0 ? rank.rowKeys.map((key) => labelOf.get(key) ?? key).join('、') : EMPTY_CELL,
    ]),
  };
}

/** Township × category: "提到" (with the number of quotes when several), "—", and 未报告 (未录入) for a silent report. */
export function matrixTextTable(matrix: ShortcomingMatrix): TextTable {
  const cells = new Map(matrix.cells.map((cell) => [`${cell.rowKey}|${cell.categoryId}`, cell] as const));
  return {
    caption: '乡镇 × 问题类别（表）',
    header: ['乡镇', '类别数', ...matrix.categories.map((category) => category.label)],
    numeric: [false, true, ...matrix.categories.map(() => false)],
    rows: matrix.rows.map((row) => {
      const mentioned = matrix.categories.map((category) => cells.get(`${row.key}|${category.id}`));
      const count = mentioned.filter((cell) => cell !== undefined).length;
      return [
        row.label,
        count > 0 ? String(count) : silentText(row.report),
        ...mentioned.map((cell) => (!cell ? EMPTY_CELL : cell.quotes.length > 1 ? `提到（${cell.quotes.length}条）` : '提到')),
      ];
    }),
  };
}

/** One metric across the years: a column per year (无报告 where a township has no report), then the change into the last year. */
export function historyTextTable(history: MetricHistory): TextTable {
  const lastYear = history.years[history.years.length - 1];
  return {
    caption: `${history.label}历年数值（表）`,
    header: ['乡镇', ...history.years.map((year) => `${year}年`), '较上年变化'],
    numeric: [false, ...history.years.map(() => true), false],
    rows: history.townships.map((township) => {
      const cells = history.years.map((year) => {
        const point = pointFor(township, year);
        return point ? pointText(point, history.unit) : EMPTY_CELL;
      });
      const change = lastYear === undefined ? undefined : pointFor(township, lastYear)?.change;
      return [township.label, ...cells, change?.text ?? EMPTY_CELL];
    }),
  };
}

/** A metric's distribution, as the table beside its chart on the page (DistributionCard): a range, its exact and lower-bound counts. */
export function distributionTextTable(comparison: MetricComparison, distribution: Distribution = distributionOf(comparison)): TextTable {
  return {
    caption: `${comparison.label}：分布（表）`,
    header: [`区间（${comparison.unit}）`, '确数或约数', '下限（≥）'],
    numeric: [false, true, true],
    rows: distribution.bins.map((bin) => [bin.label, String(bin.exact.length), String(bin.lowerBound.length)]),
  };
}
