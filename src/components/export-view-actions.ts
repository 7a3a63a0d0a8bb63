// What 导出Word and 导出Excel do. Loaded lazily on the first click (the
// buttons import it): docx, write-excel-file and ECharts' canvas renderer for
// the chart pictures stay out of the JS the page loads at start.
import dayjs from 'dayjs';
import { BUILD_VERSION } from '../app/build-info';
import type { ViewId } from '../app/views';
import { chartToPngDataUrl } from '../export/chart-image';
import { downloadBlob } from '../export/download';
import { exportFilename } from '../export/export-names';
import { EXPORT_PIXEL_RATIO } from '../export/export-paper';
import { MARK_LEGEND } from '../export/figure-cells';
import { BRIEF_TITLE, buildBriefContent } from '../export/word/brief-content';
import { DOCX_MIME, packBriefDocx, type ChartPicture } from '../export/word/brief-docx';
import { viewTables } from '../export/xlsx/view-tables';
import { workbookSheets, writeWorkbook } from '../export/xlsx/workbook';
import type { DashboardModel, ProvenanceIndex } from '../model/types';
import { selectionScopeText } from '../print/page-header';

export type Progress = (message: string) => void;

export interface ExportResult {
  filename: string;
  /** Charts drawn as a note instead of a picture (the table still has their figures). */
  missingPictures: string[];
}

/** Lets the page repaint the progress line between two charts. */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function dataUrlBytes(dataUrl: string): Uint8Array {
  const binary = atob(dataUrl.slice(dataUrl.indexOf(',') + 1));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** 导出Word: the brief as an editable .docx, every chart as a 2× PNG. */
export async function downloadBriefDocx(
  model: DashboardModel,
  provenance: ProvenanceIndex,
  progress: Progress,
): Promise<ExportResult> {
  const content = buildBriefContent(model, provenance, {
    buildVersion: BUILD_VERSION,
    generatedOn: dayjs().format('YYYY-MM-DD'),
  });
  const pictures = new Map<string, ChartPicture>();
  const missingPictures: string[] = [];
  for (const [index, chart] of content.charts.entries()) {
    progress(`正在绘制图表 ${index + 1}/${content.charts.length}：${chart.title}`);
    await nextFrame();
    try {
      const url = await chartToPngDataUrl(chart.option, {
        width: chart.widthPx,
        height: chart.heightPx,
        pixelRatio: EXPORT_PIXEL_RATIO,
      });
      pictures.set(chart.id, { data: dataUrlBytes(url), widthPx: chart.widthPx, heightPx: chart.heightPx });
    } catch {
      missingPictures.push(chart.title);
    }
  }
  progress('正在生成Word文档……');
  await nextFrame();
  const bytes = await packBriefDocx(content, pictures);
  const filename = exportFilename(BRIEF_TITLE, model.selection, 'docx');
  downloadBlob(filename, new Blob([bytes], { type: DOCX_MIME }));
  return { filename, missingPictures };
}

/** 导出Excel: every table of the view, one sheet each, with a 说明 sheet first. */
export async function downloadViewXlsx(view: ViewId, viewLabel: string, model: DashboardModel, pageTitle: string): Promise<ExportResult> {
  const sheets = workbookSheets(viewTables(view, model), {
    title: `${pageTitle} — ${viewLabel}`,
    scope: selectionScopeText(model.selection),
    notes: [`数值列只有数字，标记列说明其性质：${MARK_LEGEND}`, '每个数字均注明来源（数据文件:行），可在看板中查看报告原文。'],
  });
  const subject = view === 'brief' ? BRIEF_TITLE : `${pageTitle}-${viewLabel}`;
  const filename = exportFilename(subject, model.selection, 'xlsx');
  downloadBlob(filename, await writeWorkbook(sheets));
  return { filename, missingPictures: [] };
}
