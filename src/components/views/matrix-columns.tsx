// Columns of the matrix table: township, number of categories, then one column
// per category with a button for each cell the report mentions. A row whose
// report lists no shortcoming shows 未报告 in its count column.
import { dataErrorFigure, silentFigure, withErrors } from '../../model/figure-state';
import { SHORTCOMING_CATEGORIES_UNIT } from '../../model/overview';
import type { FigureError, SelectionRow, ShortcomingCell, ShortcomingMatrix } from '../../model/types';
import type { Column } from '../DataTable';
import { FigureButton } from '../FigureButton';
import { cellChoice } from '../../app/cell-choice';

export interface MatrixRow {
  row: SelectionRow;
  cells: Map<string, ShortcomingCell>;
  /** shortcomings.csv rows of this township that could not be used (数据有误). */
  errors: FigureError[];
}

export function matrixColumns(matrix: ShortcomingMatrix, onCellChange: (cell: string | null) => void): Column<MatrixRow>[] {
  const first: Column<MatrixRow>[] = [
    { id: 'township', header: '乡镇', sortValue: (r) => r.row.label, render: (r) => r.row.label },
    {
      id: 'count',
      header: '类别数',
      numeric: true,
      sortValue: (r) => (r.cells.size > 0 ? r.cells.size : null),
      // The count as a figure in its state: "3类，另有1项数据有误", 数据有误, 未报告 or 未录入.
      render: (r) => {
        const counted = r.cells.size > 0 ? withErrors({ status: 'reported', value: r.cells.size, bound: 'exact' }, r.errors) : null;
        const figure = counted ?? (r.errors.length > 0 ? dataErrorFigure(r.errors) : silentFigure(r.row.report));
        return (
          <FigureButton
            figure={figure}
            unit={SHORTCOMING_CATEGORIES_UNIT}
            keys={[...r.cells.values()].flatMap((c) => c.provenance)}
            rowKey={r.row.key}
            context={`${r.row.label} 存在问题类别数`}
          />
        );
      },
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
