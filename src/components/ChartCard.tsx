// One comparison: the chart and, beside it, the table of the same numbers,
// with the chart's footnotes (unit differences, ≥, 未报告, rows left to the
// table) under both. The <figure> is the unit a print layout (issue 4) keeps
// on one page; data-chart-id ties it to the chart registry, which also holds
// `build` so print code can rebuild the option at paper width.
import { useMemo, useRef, type ReactNode } from 'react';
import type { ChartBuildOptions, ChartDatum, ChartSpec } from '../charts/types';
import { LazyEChart } from './LazyEChart';
import { useElementWidth } from './use-element-width';

export type ChartBuilder = (options: ChartBuildOptions) => ChartSpec;

export interface ChartCardProps {
  /** Builds the spec for a width; memoise it (useCallback) on the model slice. */
  build: ChartBuilder;
  table: ReactNode;
  onItemClick?: (datum: ChartDatum) => void;
  /** Extra content under the footnotes (e.g. the quotes of a chosen matrix cell). */
  children?: ReactNode;
  /** 'stacked' puts the table under the chart: for wide charts and wide tables (the matrix). */
  layout?: 'beside' | 'stacked';
}

// Taller than this and the chart scrolls inside its box instead of pushing the table away.
const MAX_VISIBLE_CHART_PX = 760;

export function ChartCard({ build, table, onItemClick, children, layout = 'beside' }: ChartCardProps) {
  const chartBox = useRef<HTMLDivElement>(null);
  const width = useElementWidth(chartBox);
  // Animation off: a figure should read at once, and screenshots, prints and the
  // "all charts drawn" signal should not wait a second for bars to grow.
  const spec = useMemo(() => (width === null ? null : build({ width, animation: false })), [build, width]);
  const scrolls = spec !== null && spec.height > MAX_VISIBLE_CHART_PX;
  const titleId = spec ? `chart-title-${spec.id.replace(/[^A-Za-z0-9_-]/g, '-')}` : undefined;

  return (
    <figure className={`chart-card chart-card--${layout}`} data-chart-id={spec?.id} aria-labelledby={titleId}>
      {/* The chart draws its own title; this heading gives the page its outline. */}
      <h3 className="visually-hidden" id={titleId}>
        {spec?.title}
      </h3>
      <div className="chart-card__body">
        <div
          ref={chartBox}
          className={scrolls ? 'chart-card__chart chart-card__chart--scroll' : 'chart-card__chart'}
          {...(scrolls ? { tabIndex: 0, role: 'region', 'aria-label': `${spec.title}（可滚动）` } : {})}
        >
          {spec ? <LazyEChart spec={spec} rebuild={build} {...(onItemClick ? { onItemClick } : {})} /> : null}
        </div>
        <div className="chart-card__table">{table}</div>
      </div>
      {spec && spec.footnotes.length > 0 ? (
        <figcaption className="chart-card__notes">
          <ul>
            {spec.footnotes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </figcaption>
      ) : null}
      {children}
    </figure>
  );
}
