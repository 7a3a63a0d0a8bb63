// The export buttons under a chart (hidden on paper): the chart as PNG and
// SVG, its table as CSV. The export code is fetched on the first click, so
// ECharts' canvas renderer never weighs on the page's first load.
import { useState } from 'react';
import type { ChartBuildOptions, ChartSpec } from '../charts/types';
import type { CsvTable } from '../export/model-tables';
import { exportImageWidth } from '../export/export-paper';
import { useProvenanceIndex } from '../app/provenance-context';

type Actions = typeof import('./chart-export-actions');

export interface ChartExportToolbarProps {
  build: (options: ChartBuildOptions) => ChartSpec;
  /** Chart title: names the files and the button group. */
  title: string;
  csv?: () => CsvTable | Promise<CsvTable>;
}

export function ChartExportToolbar({ build, title, csv }: ChartExportToolbarProps) {
  const provenance = useProvenanceIndex();
  const [status, setStatus] = useState<string | null>(null);

  const run = (what: string, action: (actions: Actions) => void | Promise<void>) => async () => {
    setStatus(`正在生成${what}……`);
    try {
      await action(await import('./chart-export-actions'));
      setStatus(null);
    } catch (error) {
      setStatus(`${what}生成失败：${error instanceof Error ? error.message : String(error)}`);
    }
  };

  return (
    <div className="chart-toolbar no-print" role="group" aria-label={`导出“${title}”`}>
      <button
        type="button"
        className="chart-toolbar__button"
        // The picture's width in CSS px (an A4 landscape page); the PNG has twice as many pixels.
        data-image-width={exportImageWidth()}
        onClick={run('PNG图片', (actions) => actions.downloadChartPng(build, provenance))}
      >
        下载PNG
      </button>
      <button
        type="button"
        className="chart-toolbar__button"
        onClick={run('SVG图片', (actions) => actions.downloadChartSvg(build, provenance))}
      >
        下载SVG
      </button>
      {csv ? (
        <button
          type="button"
          className="chart-toolbar__button"
          onClick={run('CSV表格', async (actions) => actions.downloadTableCsv(title, await csv()))}
        >
          下载表格CSV
        </button>
      ) : null}
      {status ? (
        <span className="chart-toolbar__status" role="status">
          {status}
        </span>
      ) : null}
    </div>
  );
}
