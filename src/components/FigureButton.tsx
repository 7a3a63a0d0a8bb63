// A figure as a button that opens its sources. Shows the same marks as the
// charts (through the shared formatFigure): ≥ for a lower bound, 约 for an
// approximation, 未报告 / 无报告 (never 0), 数据有误, and "另有N项数据有误"
// after an incomplete total. 数据有误 opens the rows that could not be used.
import type { Figure } from '../model/types';
import { formatFigure } from '../model/format';
import { incompleteNote, isIncomplete, openKeys } from '../model/figure-state';
import { useOpenProvenance } from '../app/provenance-context';

export interface FigureButtonProps {
  figure: Figure;
  unit: string;
  keys: readonly string[];
  rowKey: string;
  /** What the figure is, for screen readers: "塔尔玛乡 普法宣传活动". */
  context: string;
  /** Override of the displayed value (e.g. a formatted rate); states and the incomplete note still show. */
  text?: string;
  /** A small mark after the figure, e.g. "口径混合". */
  flag?: string;
}

const ACTION: Record<Figure['status'], string> = {
  reported: '查看出处',
  not_reported: '打开报告原文',
  not_entered: '打开报告原文查看',
  no_report: '查看说明',
  data_error: '查看错误原因和行号',
};

export function FigureButton({ figure, unit, keys, rowKey, context, text, flag }: FigureButtonProps) {
  const open = useOpenProvenance();
  const incomplete = incompleteNote(figure);
  // The value alone (the incomplete note is drawn apart, in the error style).
  const value = figure.status === 'reported' ? (text ?? formatFigure({ ...figure, errors: [] }, unit)) : formatFigure(figure, unit);
  const stateClass = figure.status === 'reported' ? `figure--${figure.bound}` : `figure--${figure.status.replace('_', '-')}`;
  return (
    <button
      type="button"
      className={`figure ${stateClass}${isIncomplete(figure) ? ' figure--incomplete' : ''}`}
      data-figure-state={isIncomplete(figure) ? 'incomplete' : figure.status}
      // The visible text, flag included, appears in the name as it is shown
      // (WCAG 2.5.3: speech users say what they see).
      aria-label={`${context}：${value}${incomplete}${flag ?? ''}，${isIncomplete(figure) ? ACTION.data_error : ACTION[figure.status]}`}
      onClick={() => open({ keys: openKeys(keys, figure), rowKey })}
    >
      {incomplete ? <span className="figure__value">{value}</span> : value}
      {incomplete ? <span className="figure__incomplete">{incomplete}</span> : null}
      {flag ? <span className="figure__flag">{flag}</span> : null}
    </button>
  );
}
