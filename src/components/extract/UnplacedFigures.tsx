// The figures of a report the drafting tool could not place (no rule fits, a
// plan or a rate, a unit outside the table), each with its sentence and the
// reason, so that a reviewer sees every one of them — none is dropped silently.

import type { ReviewedFigure } from '../../extract';
import { unplacedReason } from '../../extract';
import './unplaced-figures.css';

interface UnplacedFiguresProps {
  text: string;
  figures: readonly ReviewedFigure[];
  idPrefix: string;
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

export function UnplacedFigures({ text, figures, idPrefix }: UnplacedFiguresProps) {
  const unplaced = figures.filter((f) => f.row === null && f.rule === null);
  if (unplaced.length === 0) return null;
  return (
    <details className="unplaced-figures">
      <summary id={`${idPrefix}-unplaced-heading`}>未能归类的数字（{unplaced.length} 个）：逐个看原句，需要的请手工录入</summary>
      <ol aria-labelledby={`${idPrefix}-unplaced-heading`}>
        {unplaced.map((f) => (
          <li key={f.figure.start}>
            <span className="unplaced-figures__sentence">
              {oneLine(text.slice(f.sentenceStart, f.figure.start))}
              <mark>{oneLine(text.slice(f.figure.start, f.figure.end))}</mark>
              {oneLine(text.slice(f.figure.end, f.sentenceEnd))}
            </span>
            <span className="unplaced-figures__reason">{unplacedReason(f)}</span>
          </li>
        ))}
      </ol>
    </details>
  );
}
