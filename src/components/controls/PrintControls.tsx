// 打印 with a 横向/纵向 choice (A4 landscape by default). The choice lives in
// the URL (paper=portrait) and on <html data-print-orientation>, so Ctrl+P
// prints the same way as the button. Hidden on paper.
import { useId } from 'react';
import { PRINT_ORIENTATIONS, type PrintOrientation } from '../../print/paper';

const ORIENTATION_LABEL: Record<PrintOrientation, string> = { landscape: '横向', portrait: '纵向' };

export interface PrintControlsProps {
  orientation: PrintOrientation;
  onOrientationChange: (orientation: PrintOrientation) => void;
  onPrint: () => void;
}

export function PrintControls({ orientation, onOrientationChange, onPrint }: PrintControlsProps) {
  const name = useId();
  return (
    <div className="print-controls no-print" role="group" aria-label="打印">
      <fieldset className="print-controls__paper">
        <legend className="visually-hidden">纸张方向（A4）</legend>
        {PRINT_ORIENTATIONS.map((option) => (
          <label key={option} className="print-controls__option">
            <input
              type="radio"
              name={name}
              value={option}
              checked={orientation === option}
              onChange={() => onOrientationChange(option)}
            />
            {ORIENTATION_LABEL[option]}
          </label>
        ))}
      </fieldset>
      <button type="button" className="button" onClick={onPrint}>
        打印
      </button>
    </div>
  );
}
