// Ranking of shortcoming categories by how many townships (or reports, across
// years) mention them, as sorted horizontal bars labelled "4/5".

import type { BarSeriesOption, EChartsOption } from 'echarts';
import { listNames, rowNoun } from '../../model/comparability';
import type { ProvenanceKey, ShortcomingMatrix } from '../../model/types';
import { evenInterval, rowCategoryAxis, splitNumberFor, valueAxis } from '../axes';
import { baseOption, chartWidth, clickHint, plainText, quoteLines, rowTooltip, withSeriesDecals } from '../common';
import { categoryAxisWidth, chartHeightFor } from '../layout';
import { ROLE_COLORS } from '../palette';
import { spansSeveralYears } from '../rows';
import type { ChartBuildOptions, ChartCitation, ChartDatum, ChartSpec } from '../types';

const QUOTES_IN_TOOLTIP = 3;
const VALUE_LABEL_RIGHT_PX = 56;

export function buildShortcomingRankingChart(matrix: ShortcomingMatrix, options: ChartBuildOptions = {}): ChartSpec {
  const severalYears = spansSeveralYears(matrix.rows);
  const noun = countedNoun(severalYears);
  const title = rankingTitle(severalYears);
  const ranking = matrix.ranking;
  const outOf = ranking[0]?.outOf ?? matrix.rows.length;
  const labelOf = new Map(matrix.rows.map((r) => [r.key, r.label] as const));
  const quotesByCategory = new Map<string, string[]>();
  for (const cell of matrix.cells) {
    const list = quotesByCategory.get(cell.categoryId) ?? [];
    list.push(...cell.quotes.map((q) => q.quote));
    quotesByCategory.set(cell.categoryId, list);
  }

  const aria = `${title}：${ranking.map((r) => r.sentence).join('；')}。`;
  const top = ranking[0];
  const headline = top && top.rowCount > 0 ? [top.sentence] : [];
  const base = baseOption({ title, notes: headline, options });

  const width = chartWidth(options);
  const labels = ranking.map((r) => plainText(r.category.label));
  const left = categoryAxisWidth(labels, width);
  const series: BarSeriesOption = {
    type: 'bar',
    name: `提到该类问题的${noun}`,
    barMaxWidth: 18,
    itemStyle: { color: ROLE_COLORS.ranking },
    data: ranking.map((r) => {
      const datum: ChartDatum & { label: object } = {
        value: r.rowCount,
        status: 'reported',
        provenance: r.provenance,
        categoryId: r.category.id,
        label: { show: true, position: 'right', formatter: `${r.rowCount}/${r.outOf}`, color: ROLE_COLORS.text },
      };
      return datum;
    }),
  };

  const hint = clickHint(options);
  const option: EChartsOption = {
    ...base.option,
    grid: { left, right: VALUE_LABEL_RIGHT_PX, top: base.top + 8, bottom: 40 },
    tooltip: rowTooltip(ranking, (rank) => {
      const lines = [plainText(rank.sentence)];
      if (rank.rowKeys.length > 0) lines.push(plainText(listNames(rank.rowKeys.map((k) => labelOf.get(k) ?? k), rowNoun(matrix.rows))));
      const quotes = quotesByCategory.get(rank.category.id) ?? [];
      for (const q of quotes.slice(0, QUOTES_IN_TOOLTIP)) lines.push(...quoteLines(q));
      if (quotes.length > QUOTES_IN_TOOLTIP) lines.push(`  另有${quotes.length - QUOTES_IN_TOOLTIP}条`);
      return [...lines, ...(rank.rowCount > 0 ? hint : [])].join('\n');
    }),
    xAxis: valueAxis({
      plotWidthPx: width - left - VALUE_LABEL_RIGHT_PX,
      min: 0,
      max: Math.max(1, outOf),
      interval: evenInterval(Math.max(1, outOf), splitNumberFor(width - left - VALUE_LABEL_RIGHT_PX), 1),
    }),
    yAxis: rowCategoryAxis(labels, left),
    series: withSeriesDecals([series]),
  };

  // No row lists a shortcoming: every bar would read "0/N" — as if each report denied each problem.
  const empty = matrix.cells.length > 0 ? null : `${title}：所选报告均未列出可归类的存在问题，无从比较。`;
  return {
    ...(empty ? { emptyMessage: empty } : {}),
    id: RANKING_ID,
    title,
    option,
    // Categories are few (the catalog's); all are drawn, at the print row height on paper.
    height: chartHeightFor(ranking.length, base.noteLines, options),
    // The headline sentence too, so it survives `showTitle: false`.
    footnotes: [
      ...headline,
      `同一${severalYears ? '报告' : '乡镇'}多句提到同类问题只计一次；共${outOf}${severalYears ? '份报告' : '个乡镇'}`,
    ],
    shownRowKeys: [],
    omittedRowKeys: [],
    ariaDescription: aria,
    sources: rankingSources(matrix),
  };
}

const RANKING_ID = 'shortcoming-ranking';

const countedNoun = (severalYears: boolean) => (severalYears ? '报告数' : '乡镇数');
const rankingTitle = (severalYears: boolean) => `各类问题被提及的${countedNoun(severalYears)}`;
const rankingSources = (matrix: ShortcomingMatrix): ProvenanceKey[] => matrix.ranking.flatMap((r) => r.provenance);

/** Every category is drawn: the chart's sources at any size. */
export function shortcomingRankingChartCitation(matrix: ShortcomingMatrix): ChartCitation {
  return { id: RANKING_ID, title: rankingTitle(spansSeveralYears(matrix.rows)), sources: rankingSources(matrix) };
}
