// The table beside every chart: the same numbers, with the same ≥ and 未报告
// marks, sortable by any column through keyboard-reachable header buttons
// (aria-sort on the header cell says the current order).
//
// Long tables (issue 19: a prefecture or a province, hundreds to thousands of
// rows) render their first TABLE_FIRST_ROWS rows in the current order, and a
// line under the table says how many rows there are and shows more on
// request: rendering every row of every table made a 2,000-township view take
// many seconds. Sorting applies to all rows, so the top and the bottom of any
// column are one click away; the CSV export always has every row.
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
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

/** Up to this many rows a table shows them all at once. */
export const TABLE_ALL_ROWS_UP_TO = 80;
/** Rows a longer table shows at first, and how many more each "再显示" adds. */
export const TABLE_FIRST_ROWS = 50;
const TABLE_MORE_ROWS = 200;

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
  const long = rows.length > TABLE_ALL_ROWS_UP_TO;
  const [limit, setLimit] = useState<number>(TABLE_FIRST_ROWS);
  const shown = long && limit < sorted.length ? sorted.slice(0, limit) : sorted;

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
            {shown.map((row) => (
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
      {long ? <MoreRows shown={shown.length} total={sorted.length} onLimit={setLimit} /> : null}
    </>
  );
}

/**
 * "显示前50行（按当前排序），共2000行" and the buttons that show more or all. The
 * button under the focus stays in place (showing all turns it into 只显示前50行),
 * so keyboard focus is never dropped to the page.
 */
function MoreRows({ shown, total, onLimit }: { shown: number; total: number; onLimit: (limit: number) => void }) {
  const toggleRef = useRef<HTMLButtonElement>(null);
  const all = shown >= total;
  const [moved, setMoved] = useState(false);
  useEffect(() => {
    if (moved) toggleRef.current?.focus();
  }, [moved, all]);
  const rest = total - shown;
  return (
    <p className="table-more" aria-live="polite">
      <span className="table-more__count">
        {all ? `共${total}行，已全部显示。` : `显示前${shown}行（按当前排序），共${total}行；其余${rest}行可在此显示，或下载表格查看。`}
      </span>
      {!all && rest > TABLE_MORE_ROWS ? (
        <button type="button" className="table-more__button no-print" onClick={() => onLimit(shown + TABLE_MORE_ROWS)}>
          再显示{TABLE_MORE_ROWS}行
        </button>
      ) : null}
      <button
        ref={toggleRef}
        type="button"
        className="table-more__button no-print"
        onClick={() => {
          setMoved(true);
          onLimit(all ? TABLE_FIRST_ROWS : total);
        }}
      >
        {all ? `只显示前${TABLE_FIRST_ROWS}行` : `显示全部${total}行`}
      </button>
    </p>
  );
}
