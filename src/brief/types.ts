// Public types of the meeting brief (简报): key findings computed from the
// model, each a Chinese sentence with the rows it rests on, and the numbered
// endnotes that print those rows' quotes. No React, no ECharts.

import type { ProvenanceKey } from '../model/types';
import type { Claim } from './claims/types';

export type FindingKind =
  /** Which township reported the most of an outreach metric (with bound/unit caveats). */
  | 'leader'
  /** How many townships admit a shortcoming category ("5个乡镇中4个提到…"). */
  | 'shortcoming'
  /** Figures a report does not give (未报告). */
  | 'missing'
  /** Figures that are lower bounds (余, 以上). */
  | 'lower_bounds'
  /** Townships counting in different units (人 vs 人次). */
  | 'units'
  /** Figures with data rows that could not be used (数据有误, incomplete totals). */
  | 'data_error'
  /** What changed since the year before (历年变化), as firmly as the bounds allow. */
  | 'change';

export interface Finding {
  /** Stable and unique within a brief, e.g. "leader:outreach_events", "missing:disputes". */
  id: string;
  kind: FindingKind;
  /** One or more Chinese sentences, ending with 。 */
  text: string;
  /** Keys of the MetricFigure / Shortcoming rows the sentence rests on (for endnotes). */
  sources: ProvenanceKey[];
  /**
   * Selection rows whose report is silent on what the finding says is missing:
   * there is no row to quote, so the endnote cites the report itself.
   */
  silentRowKeys: string[];
  /** What the sentence asserts about the data (claims/types.ts), for claims/check.ts. */
  claims: Claim[];
}

/** One numbered endnote of the brief. */
export type Endnote =
  | {
      number: number;
      kind: 'quote';
      key: ProvenanceKey;
      /** Township name (with year when the brief spans several years). */
      township: string;
      year: number;
      /** The report's title, or null when reports.csv lists no report for the row. */
      reportTitle: string | null;
      quote: string;
      /** The full line to print: 丙乡 2024年《…报告》：“…”（metrics.csv:23） */
      text: string;
    }
  | {
      number: number;
      kind: 'report';
      /** SelectionRow.key of the silent report. */
      rowKey: string;
      township: string;
      year: number;
      reportTitle: string | null;
      /** e.g. 乙乡 2024年《…报告》：报告中没有相关数字 */
      text: string;
    }
  | {
      number: number;
      /**
       * A finding or chart resting on more rows than a brief can list (a
       * prefecture or province, issue 19): one note saying how many quotes and
       * townships, and where each quote is (the chart's table, the page).
       */
      kind: 'group';
      groupId: string;
      quotes: number;
      silentReports: number;
      townships: number;
      text: string;
    };

/** What a group of citations (a finding, a chart) refers to. */
export interface CitationGroup {
  /** Finding.id or ChartSpec.id. */
  id: string;
  sources: readonly ProvenanceKey[];
  silentRowKeys?: readonly string[];
  /** What the group is, for a condensed note (“普法宣传活动”图); a finding has none. */
  label?: string;
}

export interface BriefEndnotes {
  /** Numbered in order of first citation, each source once. */
  notes: Endnote[];
  /** Endnote numbers per CitationGroup.id, ascending. */
  refs: ReadonlyMap<string, number[]>;
  /** Keys cited but unknown to the provenance index (stale data): listed, never dropped silently. */
  unknownKeys: ProvenanceKey[];
}
