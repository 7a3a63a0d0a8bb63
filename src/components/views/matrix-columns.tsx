// Columns of the matrix table: township, number of categories, then one column
// per category with a button for each cell the report mentions. A row whose
// report lists no shortcoming shows 未报告 in its count column.
import { NOT_REPORTED } from '../../model/format';
import type { SelectionRow, ShortcomingCell, ShortcomingMatrix } from '../../model/types';
import type { Column } from '../DataTable';
import { cellChoice } from '../../app/cell-choice';

export interface MatrixRow {
  row: SelectionRow;
  cells: Map<string, ShortcomingCell>;
}

export function matrixColumns(matrix: ShortcomingMatrix, onCellChange: (cell: string | null) => void): Column<MatrixRow>[] {
  const first: Column<MatrixRow>[] = [
    { id: 'township', header: '乡镇', sortValue: (r) => r.row.label, render: (r) => r.row.label },
    {
      id: 'count',
      header: '类别数',
      numeric: true,
      sortValue: (r) => (r.cells.size > 0 ? r.cells.size : null),
      render: (r) => (r.cells.size > 0 ? r.cells.size : <span className="figure--not-reported">{NOT_REPORTED}</span>),
    },
  ];
  const perCategory = matrix.categories.map<Column<MatrixRow>>((category) => ({
    id: `category:${category.id}`,
    header: category.label,
    sortValue: (r) => r.cells.get(category.id)?.quotes.length ?? 0,
    render: (r) => {
      const cell = r.cells.get(category.id);
      if (!cell) return <span className="muted" aria-label="未提到">—</span>;
      // The name holds the visible text as shown (WCAG 2.5.3).
      const shown = `提到${cell.quotes.length > 1 ? `（${cell.quotes.length}条）` : ''}`;
      return (
        <button
          type="button"
          className="figure matrix-mark"
          aria-label={`${r.row.label} ${category.label}：${shown}，查看引文`}
          onClick={() => onCellChange(cellChoice(r.row.key, category.id))}
        >
          {shown}
        </button>
      );
    },
  }));
  return [...first, ...perCategory];
}
