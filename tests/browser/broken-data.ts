// A copy of the shipped data with rows a county clerk might get wrong: a
// figure written as "200余", an unknown township id, an unknown category.
// The page must list each with file, line and column, and still draw the rest.
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface BrokenRows {
  /** 1-based file line of each appended row, as the page must name it. */
  notANumberLine: number;
  unknownTownshipLine: number;
  unknownCategoryLine: number;
}

function lineCount(file: string): number {
  const text = readFileSync(file, 'utf8');
  return text.endsWith('\n') ? text.split('\n').length - 1 : text.split('\n').length;
}

export function writeBrokenData(dataDir: string): BrokenRows {
  const metrics = join(dataDir, 'metrics.csv');
  const shortcomings = join(dataDir, 'shortcomings.csv');
  const metricLines = lineCount(metrics);
  appendFileSync(metrics, 'bitu,2024,outreach_events,补充宣讲,200余,次,exact,补充宣讲200余次,\n');
  appendFileSync(metrics, 'nowhere,2024,outreach_events,宣讲,5,次,exact,宣讲5次,\n');
  const shortcomingLines = lineCount(shortcomings);
  appendFileSync(shortcomings, 'bitu,2024,no_such_category,经费不足\n');
  return { notANumberLine: metricLines + 1, unknownTownshipLine: metricLines + 2, unknownCategoryLine: shortcomingLines + 1 };
}
