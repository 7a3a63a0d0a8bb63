// The table beside every chart: the same numbers, with the same ≥ and 未报告
// marks, sortable by any column through keyboard-reachable header buttons
// (aria-sort on the header cell says the current order).
import { useMemo, useState, type ReactNode } from 'react';
import { nextSort, sortRows, type SortState, type SortValue } from '../app/table-sort';

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

  return (
    <div className={`table-scroll ${className ?? ''}`} tabIndex={0} role="region" aria-label={caption}>
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
  );
}
