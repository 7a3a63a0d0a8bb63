// 下载表格CSV for a table that has no chart (the overview cards). Chart cards
// have the same button in their ChartExportToolbar.
import { useState } from 'react';
import type { CsvTable } from '../export/model-tables';

export function TableCsvButton({ name, table }: { name: string; table: () => CsvTable | Promise<CsvTable> }) {
  const [failure, setFailure] = useState<string | null>(null);
  const onClick = async () => {
    try {
      const { downloadTableCsv } = await import('./chart-export-actions');
      downloadTableCsv(name, await table());
      setFailure(null);
    } catch (error) {
      setFailure(`CSV表格生成失败：${error instanceof Error ? error.message : String(error)}`);
    }
  };
  return (
    <div className="chart-toolbar no-print" role="group" aria-label={`导出“${name}”`}>
      <button type="button" className="chart-toolbar__button" onClick={() => void onClick()}>
        下载表格CSV
      </button>
      {failure ? (
        <span className="chart-toolbar__status" role="status">
          {failure}
        </span>
      ) : null}
    </div>
  );
}
