// What the export buttons of a chart card do. Loaded lazily (ChartExportToolbar
// imports it on the first click): chart-image.ts registers ECharts' canvas
// renderer for the PNG, which must stay out of the JS the page loads at start.
//
// The picture is the printed one: the spec built for an A4 landscape page
// (fitSpecToPage: paper width, animation off, print row cap), with the
// footnotes and the sources line drawn under it, so a slide keeps its ≥/未报告
// notes and its sources.
import { chartToPngDataUrl, chartToSvg } from '../export/chart-image';
import { tableToCsv } from '../export/csv';
import { downloadDataUrl, downloadText, MIME } from '../export/download';
import type { CsvTable } from '../export/model-tables';
import { EXPORT_ORIENTATION, EXPORT_PIXEL_RATIO, exportImageWidth } from '../export/export-paper';
import { fitSpecToPage } from '../print/fit-spec';
import { sourcesLine } from '../print/sources-line';
import type { ChartBuildOptions, ChartSpec } from '../charts/types';
import type { ProvenanceIndex } from '../model/types';

type Build = (options: ChartBuildOptions) => ChartSpec;

/** The exported picture: the spec as printed on A4 landscape, with footnotes and sources under it. */
export function chartPicture(build: Build, provenance: ProvenanceIndex | null) {
  const { spec } = fitSpecToPage(build, EXPORT_ORIENTATION);
  const sources = provenance ? sourcesLine(spec.sources, provenance) : '';
  const footnotes = [...spec.footnotes, ...(sources !== '' ? [sources] : [])];
  return { spec, size: { width: exportImageWidth(), height: spec.height, footnotes } };
}

/** 下载PNG: twice the printed size (EXPORT_PIXEL_RATIO), white background. */
export async function downloadChartPng(build: Build, provenance: ProvenanceIndex | null): Promise<void> {
  const { spec, size } = chartPicture(build, provenance);
  downloadDataUrl(`${spec.title}.png`, await chartToPngDataUrl(spec.option, { ...size, pixelRatio: EXPORT_PIXEL_RATIO }));
}

/** 下载SVG: text stays text (selectable, searchable), escaped by ECharts. */
export function downloadChartSvg(build: Build, provenance: ProvenanceIndex | null): void {
  const { spec, size } = chartPicture(build, provenance);
  downloadText(`${spec.title}.svg`, chartToSvg(spec.option, size), MIME.svg);
}

/** 下载表格CSV: UTF-8 with BOM, formula-looking text neutralised, numbers as numbers (export/csv.ts). */
export function downloadTableCsv(name: string, table: CsvTable): void {
  downloadText(`${name}.csv`, tableToCsv(table.columns, table.rows), MIME.csv);
}
