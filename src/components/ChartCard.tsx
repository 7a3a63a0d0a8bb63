// One comparison: the chart and, beside it, the table of the same numbers,
// with the chart's footnotes (unit differences, ≥, 未报告, rows left to the
// table) under the chart.
//
// On screen the chart draws its own title and the card's <h3> only gives the
// page its outline. On paper (issue 4) the <h3> is the visible title and the
// chart is built without one (`showTitle: false`, else the title prints
// twice); heading → chart → footnotes → sources line are kept together on one
// page (.chart-card__graphic), then the table follows and may run over pages.
// In print mode the spec is built for paper (fitSpecToPage: printed width,
// animation off, rows that fit one page — the rest are in the table) instead
// of for the measured screen width. data-chart-id ties the card to the chart
// registry.
import { useCallback, useMemo, useRef, type ReactNode } from 'react';
import type { ChartBuildOptions, ChartDatum, ChartSpec } from '../charts/types';
import type { CsvTable } from '../export/model-tables';
import { fitSpecToPage } from '../print/fit-spec';
import { printableBox } from '../print/paper';
import { sourcesLine } from '../print/sources-line';
import { useProvenanceIndex } from '../app/provenance-context';
import { usePrintMode } from '../app/use-print-mode';
import { ChartExportToolbar } from './ChartExportToolbar';
import { useEndnoteRefs } from './endnote-refs';
import { LazyEChart } from './LazyEChart';
import { PendingChart } from './PendingChart';
import { useElementWidth } from './use-element-width';

export type ChartBuilder = (options: ChartBuildOptions) => ChartSpec;

export interface ChartCardProps {
  /** Builds the spec for a width; memoise it (useCallback) on the model slice. */
  build: ChartBuilder;
  table: ReactNode;
  /** The card's numbers as a spreadsheet table (下载表格CSV); memoise it. May load its code first. */
  csv?: () => CsvTable | Promise<CsvTable>;
  onItemClick?: (datum: ChartDatum) => void;
  /** Extra content under the card (e.g. the quotes of a chosen matrix cell). */
  children?: ReactNode;
  /** 'stacked' puts the table under the chart: for wide charts and wide tables (the matrix). */
  layout?: 'beside' | 'stacked';
}

// Taller than this and the chart scrolls inside its box instead of pushing the table away.
const MAX_VISIBLE_CHART_PX = 760;

export function ChartCard({ build, table, csv, onItemClick, children, layout = 'beside' }: ChartCardProps) {
  const chartBox = useRef<HTMLDivElement>(null);
  const width = useElementWidth(chartBox);
  const printMode = usePrintMode();
  const provenance = useProvenanceIndex();
  const endnoteRefs = useEndnoteRefs();

  // What prints under the footnotes: the sources line, and in the brief the endnote marks.
  const sourcesOf = useCallback((of: ChartSpec) => (provenance ? sourcesLine(of.sources, provenance) : ''), [provenance]);
  const marksOf = useCallback((of: ChartSpec) => endnoteRefs?.get(of.id) ?? '', [endnoteRefs]);
  const spec = useMemo(() => {
    if (printMode.active) {
      // The sources line is counted too: with many townships it runs to several lines.
      const textUnder = (of: ChartSpec) => [`${sourcesOf(of)}；引文见尾注${marksOf(of)}`];
      return fitSpecToPage(build, printMode.orientation, { showTitle: false }, { textUnder }).spec;
    }
    // Animation off: a figure should read at once, and screenshots, prints and the
    // "all charts drawn" signal should not wait a second for bars to grow.
    return width === null ? null : build({ width, animation: false });
  }, [build, width, printMode, sourcesOf, marksOf]);
  // Paper only: it prints under the chart, and print mode rebuilds the spec anyway. On screen
  // it was never shown, yet a province's ranking names 20,000 rows (≈ 0.1 s of the 简报's drawing).
  const sources = useMemo(() => (spec && printMode.active ? sourcesOf(spec) : ''), [spec, printMode, sourcesOf]);
  const marks = spec ? marksOf(spec) : '';
  const scrolls = !printMode.active && spec !== null && spec.height > MAX_VISIBLE_CHART_PX;
  // Nothing to draw (all 未报告 / 数据有误): a plain sentence, not an empty axis.
  const empty = spec?.emptyMessage ?? null;
  const titleId = spec ? `chart-title-${spec.id.replace(/[^A-Za-z0-9_-]/g, '-')}` : undefined;
  // On paper the chart box is exactly the printed width: a ResizeObserver
  // redraw during printing then keeps the paper size.
  const boxStyle = useMemo(
    () => (printMode.active ? { width: printableBox(printMode.orientation).widthPx } : undefined),
    [printMode],
  );

  return (
    <figure className={`chart-card chart-card--${layout}`} data-chart-id={spec?.id} aria-labelledby={titleId}>
      <div className="chart-card__body">
        <div className="chart-card__graphic">
          {/* Screen: the chart draws its title, this heading is for the outline. Paper: the visible title. */}
          <h3 className="chart-card__heading" id={titleId}>
            {spec?.title}
          </h3>
          {empty !== null ? <p className="chart-card__empty">{empty}</p> : null}
          <div
            ref={chartBox}
            style={boxStyle}
            hidden={empty !== null}
            className={scrolls ? 'chart-card__chart chart-card__chart--scroll' : 'chart-card__chart'}
            {...(scrolls ? { tabIndex: 0, role: 'region', 'aria-label': `${spec.title}（可滚动）` } : {})}
          >
            {/* Until the width is measured the chart is pending: "every chart drawn" must wait for it. */}
            {spec ? (empty === null ? <LazyEChart spec={spec} rebuild={build} {...(onItemClick ? { onItemClick } : {})} /> : null) : <PendingChart name="chart-card" />}
          </div>
          {spec && empty === null && spec.footnotes.length > 0 ? (
            <div className="chart-card__notes">
              <ul>
                {spec.footnotes.map((note) => (
                  <li key={note}>{note}</li>
                ))}
              </ul>
            </div>
          ) : null}
          {sources !== '' || marks !== '' ? (
            <p className="chart-card__sources">
              {/* The sources line is for paper; on screen every figure opens its quote. */}
              {sources !== '' ? <span className="print-only">{`${sources}${marks !== '' ? '；' : ''}`}</span> : null}
              {marks !== '' ? <span className="chart-card__refs">{`引文见尾注${marks}`}</span> : null}
            </p>
          ) : null}
          {spec && empty === null ? <ChartExportToolbar build={build} title={spec.title} {...(csv ? { csv } : {})} /> : null}
        </div>
        <div className="chart-card__table">{table}</div>
      </div>
      {children}
    </figure>
  );
}
