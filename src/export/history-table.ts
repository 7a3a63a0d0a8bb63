// A metric's history → spreadsheet table (下载表格CSV on 历年变化): one row per
// township and year, the number in one cell and its mark (≥/约/未报告/无报告)
// in the next, the change from the year before and the sources.

import { NO_REPORT_TEXT, type MetricHistory } from '../model/history';
import { unitOfTotal } from '../model/format';
import type { CsvColumn } from './csv';
import { figureColumns, figureRowCells, markKey } from './figure-cells';
import type { CsvTable } from './model-tables';

export function historyTable(history: MetricHistory): CsvTable {
  const columns: CsvColumn[] = [
    { key: 'township', label: '乡镇' },
    { key: 'year', label: '年度' },
    ...figureColumns('value', history.label),
    { key: 'unit', label: '单位' },
    { key: 'change', label: '较上年变化' },
    { key: 'quotes', label: '报告原文' },
    { key: 'sources', label: '来源（数据文件:行）' },
  ];
  const rows = history.townships.flatMap((township) =>
    township.points.map((point) => ({
      township: township.label,
      year: point.year,
      ...(point.noReport ? { value: null, [markKey('value')]: NO_REPORT_TEXT } : figureRowCells('value', point.total.figure)),
      unit: point.noReport ? '' : unitOfTotal(point.total, history.unit),
      change: point.change?.text ?? '',
      quotes: point.total.parts.map((part) => part.quote).join('\n'),
      sources: point.total.provenance.join('\n'),
    })),
  );
  return { columns, rows };
}
