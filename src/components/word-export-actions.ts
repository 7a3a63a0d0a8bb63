// What 导出Word does. Loaded on the first click (BriefWordButton imports it):
// docx and ECharts' canvas renderer for the chart pictures stay out of the JS
// the page loads at start (about 75 KB gzip for docx alone).
import dayjs from 'dayjs';
import { BUILD_VERSION } from '../app/build-info';
import { chartToPngDataUrl } from '../export/chart-image';
import { downloadBlob } from '../export/download';
import { exportFilename } from '../export/export-names';
import { EXPORT_PIXEL_RATIO } from '../export/export-paper';
import { BRIEF_TITLE, buildBriefContent } from '../export/word/brief-content';
import { DOCX_MIME, packBriefDocx, type ChartPicture } from '../export/word/brief-docx';
import type { BriefHistory } from '../brief/histories';
import type { UnreadRowsClaim } from '../brief/claims/types';
import type { DashboardModel, ProvenanceIndex } from '../model/types';
import type { ExportResult, Progress } from './export-result';

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
  history: BriefHistory,
  unread: UnreadRowsClaim | null,
  provenance: ProvenanceIndex,
  progress: Progress,
): Promise<ExportResult> {
  const content = buildBriefContent(model, provenance, {
    history,
    unread,
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
