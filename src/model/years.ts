// Which years the data covers, and how fully. Reports arrive township by
// township through the year (issue 8): the newest year with a single report
// must not become the default, or most of the page reads as "no report".

import type { Dataset } from '../data/types';
import { indexDataset, rowKeyOf } from './dataset-index';

export interface YearCoverage {
  year: number;
  /** Townships in townships.csv that have a report for this year. */
  reported: number;
  /** Townships in townships.csv. */
  townships: number;
}

/** Every year of the data (reports, metrics, shortcomings), ascending, with its report count. */
export function yearCoverage(dataset: Dataset): YearCoverage[] {
  const index = indexDataset(dataset);
  const townships = dataset.townships.length;
  return index.years.map((year) => {
    let reported = 0;
    for (const township of dataset.townships) {
      if (index.reportsByRowKey.has(rowKeyOf(township.id, year))) reported += 1;
    }
    return { year, reported, townships };
  });
}

/**
 * The year the page opens on: the latest year for which most townships (more
 * than half) have a report; when no year reaches that, the latest of the
 * years with the most reports; null for no data.
 */
export function defaultYear(coverage: readonly YearCoverage[]): number | null {
  let best: YearCoverage | null = null;
  for (const entry of coverage) {
    if (entry.reported * 2 > entry.townships && (!best || entry.year > best.year)) best = entry;
  }
  if (best) return best.year;
  for (const entry of coverage) {
    if (!best || entry.reported > best.reported || (entry.reported === best.reported && entry.year > best.year)) best = entry;
  }
  return best ? best.year : null;
}

/** "2025年：6个乡镇中1个已有报告". */
export function coverageText(entry: YearCoverage): string {
  return `${entry.year}年：${entry.townships}个乡镇中${entry.reported}个已有报告`;
}

/** "1/6" for the year chooser. */
export function coverageShort(entry: YearCoverage): string {
  return `${entry.reported}/${entry.townships}`;
}
