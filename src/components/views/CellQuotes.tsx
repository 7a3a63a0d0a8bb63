// The quotes behind a chosen matrix cell (one township, one category) or a
// chosen category (every township), each opening the report reader.
import { useEffect, useRef } from 'react';
import type { ShortcomingMatrix } from '../../model/types';
import { useOpenProvenance } from '../../app/provenance-context';
import type { CellChoice } from '../../app/cell-choice';

export function CellQuotes({ matrix, choice, onClose }: { matrix: ShortcomingMatrix; choice: CellChoice; onClose: () => void }) {
  const open = useOpenProvenance();
  const ref = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const returnFocusTo = useRef<Element | null>(null);
  useEffect(() => {
    // Where the reader was (the matrix cell), for the focus to return to on close.
    returnFocusTo.current = document.activeElement;
    return () => {
      const target = returnFocusTo.current;
      if (target instanceof HTMLElement && target.isConnected) target.focus();
    };
  }, []);
  useEffect(() => {
    ref.current?.scrollIntoView({ block: 'nearest' });
    // The list opens where the reader goes next: a keyboard or screen-reader
    // user is taken to it, not left on the cell above (issue 11).
    headingRef.current?.focus({ preventScroll: true });
  }, [choice.rowKey, choice.categoryId]);

  const category = matrix.categories.find((c) => c.id === choice.categoryId);
  const labelOf = new Map(matrix.rows.map((r) => [r.key, r.label] as const));
  const cells = matrix.cells.filter(
    (c) => c.categoryId === choice.categoryId && (choice.rowKey === null || c.rowKey === choice.rowKey),
  );
  const place = choice.rowKey === null ? '各乡镇' : (labelOf.get(choice.rowKey) ?? choice.rowKey);
  const title = `${place} · ${category?.label ?? choice.categoryId}`;

  return (
    <section className="cell-quotes" ref={ref} aria-label={`引文：${title}`}>
      <button type="button" className="cell-quotes__close" onClick={onClose}>
        关闭
      </button>
      <h4 ref={headingRef} tabIndex={-1} className="cell-quotes__heading">
        {title}
      </h4>
      {category ? <p className="muted">{category.definition}</p> : null}
      {cells.length === 0 ? (
        <p>{place}的报告没有提到这类问题。</p>
      ) : (
        <ol>
          {cells.flatMap((cell) =>
            cell.quotes.map((quote) => (
              <li key={quote.key}>
                {choice.rowKey === null ? <span className="cell-quotes__place">{labelOf.get(cell.rowKey) ?? cell.rowKey}</span> : null}
                <button type="button" className="link-button" onClick={() => open({ keys: [quote.key], rowKey: cell.rowKey })}>
                  “{quote.quote}”
                </button>
              </li>
            )),
          )}
        </ol>
      )}
    </section>
  );
}
