// 导出Excel: every table of the current view in one .xlsx, one sheet per table.
import type { ViewId } from '../app/views';
import type { Dataset } from '../data/types';
import type { DashboardModel } from '../model/types';
import { ExportFileButton } from './ExportFileButton';

export interface ExcelExportButtonProps {
  view: ViewId;
  viewLabel: string;
  model: DashboardModel;
  /** The data and catalog group, for 指标一览 and 历年变化. */
  dataset: Dataset;
  group: string | null;
  pageTitle: string;
}

export function ExcelExportButton({ view, viewLabel, model, dataset, group, pageTitle }: ExcelExportButtonProps) {
  return (
    <ExportFileButton
      label="导出Excel"
      what="Excel表格"
      description={`“${viewLabel}”中的全部表格，每个表格一个工作表（.xlsx）`}
      run={async () => (await import('./xlsx-export-actions')).downloadViewXlsx(view, viewLabel, model, { dataset, group }, pageTitle)}
    />
  );
}
