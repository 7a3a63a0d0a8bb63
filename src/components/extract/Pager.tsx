// Page buttons for the desk's long lists (src/desk/paging.ts): shown only
// when a list has more than one page. Buttons, so the keyboard reaches them;
// the range is said in words.

import { clampPage, pageCount, pageRange } from '../../desk/paging';

export interface PagerProps {
  /** What the list holds, with its measure word: 个数字, 行. */
  noun: string;
  total: number;
  page: number;
  onPage: (page: number) => void;
  label: string;
}

export function Pager({ noun, total, page, onPage, label }: PagerProps) {
  const pages = pageCount(total);
  if (pages <= 1) return null;
  const current = clampPage(page, total);
  const { start, end } = pageRange(current, total);
  return (
    <nav className="extract-pager" aria-label={label}>
      <button type="button" className="extract-button" disabled={current === 0} onClick={() => onPage(current - 1)}>
        上一页
      </button>
      <span className="extract-pager__where" aria-live="polite">
        第 {current + 1} / {pages} 页（第 {start + 1}–{end} {noun}，共 {total} {noun}）
      </span>
      <button type="button" className="extract-button" disabled={current === pages - 1} onClick={() => onPage(current + 1)}>
        下一页
      </button>
    </nav>
  );
}
