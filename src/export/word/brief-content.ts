// What the Word brief says, as plain data: the same findings, charts, tables,
// footnotes, sources lines and endnotes as the 简报 view (BriefView.tsx), built
// from the model with the brief's own functions (src/brief). Pure: no React, no
// DOM, no docx; the chart pictures are drawn later from `option` (browser), and
// brief-docx.ts lays it all out. Unit-tested in Node.

import type { EChartsOption } from 'echarts';
import { buildBriefFindings, buildEndnotes, refMarks } from '../../brief';
import { historyFindingOptions, type BriefHistory } from '../../brief/histories';
import type { FindingKind } from '../../brief/types';
import { buildDisputesChart } from '../../charts/disputes/disputes';
import { buildHistoryChart } from '../../charts/history/history';
import { buildOutreachChart } from '../../charts/outreach/outreach';
import { buildDistributionChart } from '../../charts/distribution/distribution';
import { hasDistribution } from '../../charts/layout';
import { buildShortcomingMatrixChart } from '../../charts/shortcoming-matrix/shortcoming-matrix';
import { buildShortcomingRankingChart } from '../../charts/shortcoming-ranking/shortcoming-ranking';
import { buildSuccessRateChart } from '../../charts/success-rate/success-rate';
import type { ChartBuildOptions, ChartSpec } from '../../charts/types';
import { briefChartCitations } from '../../brief/brief-citations';
import { FOOTNOTE_APPROX, FOOTNOTE_AT_LEAST, FOOTNOTE_DATA_ERROR, FOOTNOTE_NOT_ENTERED, FOOTNOTE_NOT_REPORTED } from '../../model/format';
import { FOOTNOTE_NO_REPORT, type MetricHistory } from '../../model/history';
import type { DashboardModel, ProvenanceIndex } from '../../model/types';
import { leftOutByNoReport } from '../../model/no-report';
import { publishedText, yearsText } from '../../print/page-header';
import { briefNoReportClaim, briefNoReportText, briefScopeClaim, briefScopeText } from '../../brief/scope';
import { disputesOmittedClaim, historyOmittedClaim, matrixOmittedClaim, outreachOmittedClaim, rateOmittedClaim } from '../../brief/chart-claims';
import { renderOmitted, renderUnread } from '../../brief/claims/render';
import type { Claim, OmittedRowsClaim, UnreadRowsClaim } from '../../brief/claims/types';
import { sourcesLine } from '../../print/sources-line';
import {
  disputeCountsTextTable,
  historyTextTable,
  matrixTextTable,
  distributionTextTable,
  outreachTextTable,
  rankingTextTable,
  successRateTextTable,
  type TextTable,
} from './brief-tables';
import { PICTURE_TEXT_ROOM_PX, typeAreaPx, type PageOrientation } from './gov-layout';

import { BRIEF_TITLE } from '../export-names';

export { BRIEF_TITLE };

/** More columns than this and a table goes on a landscape page (with its chart). */
export const PORTRAIT_MAX_COLUMNS = 5;

export interface BriefFindingContent {
  id: string;
  kind: FindingKind;
  text: string;
  /** "[1, 3–5]", or '' when the finding cites nothing. */
  marks: string;
}

export interface BriefChartContent {
  /** ChartSpec.id, e.g. "outreach:outreach_events": the key of its picture. */
  id: string;
  title: string;
  /** The ECharts option drawn into the picture (no title inside: the heading is text). */
  option: EChartsOption;
  /** Size in CSS px the picture is drawn at: the type area's width, so its text prints at its drawn size. */
  widthPx: number;
  heightPx: number;
  /** Description for screen readers (the picture's alt text). */
  altText: string;
  footnotes: string[];
  /** "来源：…；数据：metrics.csv 第2–4行", or ''. */
  sources: string;
  marks: string;
  /** Set when the chart has nothing to draw (ChartSpec.emptyMessage): the sentence replaces the picture. */
  emptyMessage?: string;
  table: TextTable;
  /** Landscape when the table is too wide for a portrait page. */
  orientation: PageOrientation;
}

export interface BriefContent {
  /** "2024年乡镇法治政府建设情况简报". */
  title: string;
  /** "甲乡、乙乡 · 2024年". */
  scope: string;
  /** "最新报告发布于2024-12-30 · 生成于2025-01-05 · 版本0.1.0". */
  dateLine: string;
  /** "尚无2025年报告：甲乡、乙乡" (model.noReport), or null: townships named once, not compared. */
  noReport: string | null;
  /** Who that line leaves out of the comparison: "这些乡镇", or "这些乡镇的这些年度" across years. */
  noReportLeftOut: string;
  /** "2024年的数据中有1行无法读取…" (model.noReport.unread): the caveat on every 未报告 of those years. */
  unreadRows: string | null;
  findings: BriefFindingContent[];
  /** What ≥, 约 and 未报告 mean. */
  legend: string[];
  charts: BriefChartContent[];
  endnotes: { number: number; text: string }[];
  /** Cited keys the data no longer has: listed, never dropped. */
  unknownKeys: string[];
  /** Everything the text asserts about the data (scope, findings, charts' rest notes), for brief/claims/check.ts. */
  claims: Claim[];
}

export interface BriefContentOptions {
  /** Build version (src/app/build-info.ts). */
  buildVersion?: string;
  /** YYYY-MM-DD the file is made. */
  generatedOn?: string;
  /** The brief's 历年变化 (brief/histories.ts): change findings and one chart per metric, as on the page. */
  history?: BriefHistory;
  /** The unread rows of the years shown (brief/scope.ts briefUnreadClaim); absent: the model's line, unchecked. */
  unread?: UnreadRowsClaim | null;
}

type Builder = (options: ChartBuildOptions) => ChartSpec;
type ClaimOf = (spec: ChartSpec) => OmittedRowsClaim;

/** The brief's charts in page order, each with the table printed under it. */
function briefCharts(model: DashboardModel, histories: readonly MetricHistory[]): { build: Builder; table: TextTable; claimOf?: ClaimOf }[] {
  return [
    ...model.outreach.flatMap((comparison) => [
      {
        build: (options: ChartBuildOptions) => buildOutreachChart(comparison, options),
        table: outreachTextTable(comparison),
        claimOf: (spec: ChartSpec) => outreachOmittedClaim(comparison, spec),
      },
      // As on the page: with more townships than the chart draws, the spread of all of them too.
      ...(hasDistribution(comparison)
        ? [{ build: (options: ChartBuildOptions) => buildDistributionChart(comparison, options), table: distributionTextTable(comparison) }]
        : []),
    ]),
    {
      build: (options) => buildDisputesChart(model.disputes, options),
      table: disputeCountsTextTable(model.disputes),
      claimOf: (spec: ChartSpec) => disputesOmittedClaim(model.disputes, spec),
    },
    {
      build: (options) => buildSuccessRateChart(model.disputes, options),
      table: successRateTextTable(model.disputes),
      claimOf: (spec: ChartSpec) => rateOmittedClaim(model.disputes, spec),
    },
    { build: (options) => buildShortcomingRankingChart(model.shortcomings, options), table: rankingTextTable(model.shortcomings) },
    {
      build: (options) => buildShortcomingMatrixChart(model.shortcomings, options),
      table: matrixTextTable(model.shortcomings),
      claimOf: (spec: ChartSpec) => matrixOmittedClaim(model.shortcomings, spec),
    },
    ...histories.map((history) => ({
      build: (options: ChartBuildOptions) => buildHistoryChart(history, options),
      table: historyTextTable(history),
      claimOf: (spec: ChartSpec) => historyOmittedClaim(history, spec),
    })),
  ];
}

/**
 * The spec drawn at `widthPx` with print options (no animation, print row
 * height, the print row cap) and no more rows than keep it within `maxHeightPx`,
 * so that heading, picture and notes share a page; the rows left out are named
 * in the chart's own note ("其余N个乡镇见表格") and are all in the table.
 */
export function fitToHeight(build: Builder, widthPx: number, maxHeightPx: number): ChartSpec {
  const options: ChartBuildOptions = { forPrint: true, showTitle: false, animation: false, width: widthPx };
  let spec = build(options);
  for (let rows = spec.shownRowKeys.length - 1; spec.height > maxHeightPx && rows >= 1; rows -= 1) {
    spec = build({ ...options, maxRows: rows });
  }
  return spec;
}

/** The chart's footnotes with its "其余N个乡镇见表格…" note written from the claim (recorded in `claims`). */
function restNoteFromClaim(spec: ChartSpec, claim: OmittedRowsClaim, claims: Claim[]): string[] {
  if (claim.omitted.length === 0) return spec.footnotes;
  claims.push(claim);
  const note = renderOmitted(claim) as string;
  const rest = /^(图中为有数值的[^；]*；)?其余\d+(个乡镇|份报告)见表格/;
  return spec.footnotes.some((f) => rest.test(f)) ? spec.footnotes.map((f) => (rest.test(f) ? note : f)) : [...spec.footnotes, note];
}

export function buildBriefContent(
  model: DashboardModel,
  provenance: ProvenanceIndex,
  options: BriefContentOptions = {},
): BriefContent {
  const history = options.history ?? { histories: [], toYear: null };
  const findings = buildBriefFindings(model, historyFindingOptions(history));
  const endnotes = buildEndnotes([...findings, ...briefChartCitations(model, history.histories)], provenance, model.selection.rows);
  const marksOf = (id: string) => refMarks(endnotes.refs.get(id) ?? []);

  const chartClaims: Claim[] = [];
  const charts = briefCharts(model, history.histories).map(({ build, table, claimOf }): BriefChartContent => {
    const orientation: PageOrientation = table.header.length > PORTRAIT_MAX_COLUMNS ? 'landscape' : 'portrait';
    const area = typeAreaPx(orientation);
    const widthPx = area.width;
    const spec = fitToHeight(build, widthPx, area.height - PICTURE_TEXT_ROOM_PX);
    const footnotes = claimOf ? restNoteFromClaim(spec, claimOf(spec), chartClaims) : spec.footnotes;
    return {
      id: spec.id,
      title: spec.title,
      option: spec.option,
      widthPx,
      heightPx: spec.height,
      altText: spec.ariaDescription,
      footnotes,
      sources: sourcesLine(spec.sources, provenance),
      marks: marksOf(spec.id),
      ...(spec.emptyMessage ? { emptyMessage: spec.emptyMessage } : {}),
      table,
      orientation,
    };
  });

  const dateLine = [
    publishedText(model.selection) ?? '报告未注明发布日期',
    ...(options.generatedOn ? [`生成于${options.generatedOn}`] : []),
    ...(options.buildVersion ? [`版本${options.buildVersion}`] : []),
  ].join(' · ');

  return {
    title: `${yearsText(model.selection.years)}${BRIEF_TITLE}`,
    scope: briefScopeText(model),
    claims: [
      briefScopeClaim(model),
      ...[briefNoReportClaim(model), options.unread ?? null].flatMap((c): Claim[] => (c ? [c] : [])),
      ...findings.flatMap((finding) => finding.claims),
      ...chartClaims,
    ],
    dateLine,
    noReport: briefNoReportText(model),
    noReportLeftOut: leftOutByNoReport(model.selection.years),
    unreadRows: options.unread !== undefined ? (options.unread ? renderUnread(options.unread) : null) : (model.noReport.unread ?? null),
    findings: findings.map((finding) => ({ id: finding.id, kind: finding.kind, text: finding.text, marks: marksOf(finding.id) })),
    legend: [
      FOOTNOTE_AT_LEAST,
      FOOTNOTE_APPROX,
      FOOTNOTE_NOT_REPORTED,
      FOOTNOTE_NOT_ENTERED,
      FOOTNOTE_DATA_ERROR,
      ...(history.histories.length > 0 ? [FOOTNOTE_NO_REPORT] : []),
    ],
    charts,
    endnotes: endnotes.notes.map((note) => ({ number: note.number, text: note.text })),
    unknownKeys: endnotes.unknownKeys,
  };
}
