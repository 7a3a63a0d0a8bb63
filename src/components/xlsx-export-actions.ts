// What 导出Excel does. Loaded on the first click (ExcelExportButton imports
// it): write-excel-file (about 20 KB gzip) stays out of the JS the page loads at start.
import type { ViewId } from '../app/views';
import { downloadBlob } from '../export/download';
import { BRIEF_TITLE, exportFilename } from '../export/export-names';
import { MARK_LEGEND } from '../export/figure-cells';
import { viewTables, type ViewTableContext } from '../export/xlsx/view-tables';
import { workbookSheets, writeWorkbook } from '../export/xlsx/workbook';
import type { DashboardModel } from '../model/types';
import { briefScopeText } from '../brief/scope';
import type { ExportResult } from './export-result';

/** 导出Excel: every table of the view, one sheet each, with a 说明 sheet first. */
export async function downloadViewXlsx(
  view: ViewId,
  viewLabel: string,
  model: DashboardModel,
  context: ViewTableContext,
  pageTitle: string,
): Promise<ExportResult> {
  const sheets = workbookSheets(viewTables(view, model, context), {
    title: `${pageTitle} — ${viewLabel}`,
    scope: briefScopeText(model),
    notes: [`数值列只有数字，标记列说明其性质：${MARK_LEGEND}`, '每个数字均注明来源（数据文件:行），可在看板中查看报告原文。'],
  });
  const subject = view === 'brief' ? BRIEF_TITLE : `${pageTitle}-${viewLabel}`;
  const filename = exportFilename(subject, model.selection, 'xlsx');
  downloadBlob(filename, await writeWorkbook(sheets));
  return { filename, missingPictures: [] };
}
