// The chosen cell of the shortcomings matrix, as kept in the URL (cell=…):
// "rowKey|categoryId" for one township and category, "|categoryId" for a
// whole category (every township). Pure.

export interface CellChoice {
  /** null = the whole category, every township. */
  rowKey: string | null;
  categoryId: string;
}

export function cellChoice(rowKey: string | null, categoryId: string): string {
  return `${rowKey ?? ''}|${categoryId}`;
}

export function parseCellChoice(value: string | null): CellChoice | null {
  if (!value) return null;
  const bar = value.indexOf('|');
  if (bar < 0) return null;
  const categoryId = value.slice(bar + 1);
  if (categoryId === '' || categoryId.includes('|')) return null;
  return { rowKey: bar === 0 ? null : value.slice(0, bar), categoryId };
}
