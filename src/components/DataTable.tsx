// The table beside every chart: the same numbers, with the same ≥ and 未报告
// marks, sortable by any column through keyboard-reachable header buttons
// (aria-sort on the header cell says the current order).
import { useMemo, useRef, useState, type ReactNode } from 'react';
import { nextSort, sortRows, type SortState, type SortValue } from '../app/table-sort';
import { useHorizontalOverflow } from './use-horizontal-overflow';

export interface Column<Row> {
  id: string;
  header: string;
  /** Sort key; null (未报告) always sorts last. */
  sortValue: (row: Row) => SortValue;
  render: (row: Row) => ReactNode;
  numeric?: boolean;
}

export interface DataTableProps<Row> {
  caption: string;
  rows: readonly Row[];
  columns: readonly Column<Row>[];
  rowKey: (row: Row) => string;
  /** Marks the first column as row headers (the township name). */
  rowHeader?: boolean;
  className?: string;
}

export function DataTable<Row>({ caption, rows, columns, rowKey, rowHeader = true, className }: DataTableProps<Row>) {
  const [sort, setSort] = useState<SortState | null>(null);
  const sorted = useMemo(() => {
    const column = sort ? columns.find((c) => c.id === sort.columnId) : undefined;
    return column && sort ? sortRows(rows, column.sortValue, sort.direction) : [...rows];
  }, [rows, columns, sort]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const overflow = useHorizontalOverflow(scrollRef);

  return (
    <>
      {overflow.overflows ? (
        // Visual only: the region is focusable, and arrow keys scroll it.
        <p className="table-scroll__hint no-print" aria-hidden="true">
          {overflow.atEnd ? '← 表格较宽，可左右滑动查看各列' : '表格较宽，可左右滑动查看其余各列 →'}
        </p>
      ) : null}
      <div
        ref={scrollRef}
        className={`table-scroll ${className ?? ''}`}
        tabIndex={0}
        role="region"
        aria-label={caption}
        data-overflow={overflow.overflows ? (overflow.atEnd ? 'end' : 'more') : undefined}
      >
        <table className="data-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              {columns.map((column) => {
                const direction = sort?.columnId === column.id ? sort.direction : undefined;
                return (
                  <th key={column.id} scope="col" aria-sort={direction ?? 'none'} className={column.numeric ? 'num' : undefined}>
                    <button
                      type="button"
                      className="sort-button"
                      onClick={() => setSort((current) => nextSort(current, column.id, column.numeric ?? false))}
                    >
                      {column.header}
                      <span className="sort-button__icon" aria-hidden="true">
                        {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕'}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {sorted.map((row) => (
              <tr key={rowKey(row)}>
                {columns.map((column, i) =>
                  i === 0 && rowHeader ? (
                    <th key={column.id} scope="row">
                      {column.render(row)}
                    </th>
                  ) : (
                    <td key={column.id} className={column.numeric ? 'num' : undefined}>
                      {column.render(row)}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
