// A figure as a button that opens its sources. Shows the same marks as the
// charts: ≥ for a lower bound, 约 for an approximation, 未报告 (never 0).
import type { Figure } from '../model/types';
import { formatFigure } from '../model/format';
import { useOpenProvenance } from '../app/provenance-context';

export interface FigureButtonProps {
  figure: Figure;
  unit: string;
  keys: readonly string[];
  rowKey: string;
  /** What the figure is, for screen readers: "塔尔玛乡 普法宣传活动". */
  context: string;
  /** Override of the displayed text (e.g. a formatted rate). */
  text?: string;
  /** A small mark after the figure, e.g. "口径混合". */
  flag?: string;
}

export function FigureButton({ figure, unit, keys, rowKey, context, text, flag }: FigureButtonProps) {
  const open = useOpenProvenance();
  const notReported = figure.status === 'not_reported';
  const shown = text ?? formatFigure(figure, unit);
  const action = notReported ? '打开报告原文' : '查看出处';
  return (
    <button
      type="button"
      className={notReported ? 'figure figure--not-reported' : `figure figure--${figure.bound}`}
      // The visible text, flag included, appears in the name as it is shown
      // (WCAG 2.5.3: speech users say what they see).
      aria-label={`${context}：${shown}${flag ?? ''}，${action}`}
      onClick={() => open({ keys, rowKey })}
    >
      {shown}
      {flag ? <span className="figure__flag">{flag}</span> : null}
    </button>
  );
}
