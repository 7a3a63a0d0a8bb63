// Sorting the tables beside the charts. A figure the report does not give
// (null, shown as 未报告) sorts after every figure in both directions: it is
// not a small number, and hiding it at the top of a descending list would
// read as "worst". Ties keep the data order, so a sort is reproducible.

export type SortDirection = 'ascending' | 'descending';
export type SortValue = number | string | null;

export interface SortState {
  columnId: string;
  direction: SortDirection;
}

export function sortRows<Row>(
  rows: readonly Row[],
  sortValue: (row: Row) => SortValue,
  direction: SortDirection,
): Row[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, value: sortValue(row) }))
    .sort((a, b) => {
      if (a.value === null || b.value === null) {
        if (a.value === b.value) return a.index - b.index;
        return a.value === null ? 1 : -1;
      }
      const order =
        typeof a.value === 'number' && typeof b.value === 'number'
          ? a.value - b.value
          : String(a.value).localeCompare(String(b.value), 'zh-Hans-CN');
      return order !== 0 ? sign * order : a.index - b.index;
    })
    .map((entry) => entry.row);
}

/** Clicking a header: a new column sorts descending for numbers (largest first), ascending for text; the same column flips. */
export function nextSort(current: SortState | null, columnId: string, numeric: boolean): SortState {
  if (current?.columnId === columnId) {
    return { columnId, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  }
  return { columnId, direction: numeric ? 'descending' : 'ascending' };
}
