// The findings of a folder check, as `npm run check-data` prints them:
// grouped by file, one line each as 文件:行 [列] 错误：消息, then the summary.

import { formatProblemLine, problemsByFile, type FolderCheck } from '../../data/index';

export interface CheckResultsProps {
  check: FolderCheck;
  heading: string;
  /** Extra lines above the findings (which files were checked from where). */
  notes?: readonly string[];
  /** Findings beyond the file checks (fewer rows than the site serves): never shown as 检查通过. */
  warnings?: readonly string[];
}

export function CheckResults({ check, heading, notes = [], warnings = [] }: CheckResultsProps) {
  const state = check.errors > 0 ? 'error' : check.warnings > 0 || warnings.length > 0 ? 'warning' : 'ok';
  return (
    <section className={`desk-check desk-check--${state}`} aria-label={heading}>
      <h4>{heading}</h4>
      {notes.map((note) => (
        <p key={note} className="extract-hint">
          {note}
        </p>
      ))}
      {warnings.length > 0 ? (
        <ul className="desk-check__loss" role="alert">
          {warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      ) : null}
      {problemsByFile(check.problems).map((group) => (
        <div key={group.file} className="desk-check__file">
          <h5>
            {group.file}（{group.errors} 个错误，{group.warnings} 个警告）
          </h5>
          <ul>
            {group.problems.map((problem, i) => (
              <li key={`${i}-${problem.code}`} className={`desk-check__line desk-check__line--${problem.severity}`}>
                {formatProblemLine(problem)}
              </li>
            ))}
          </ul>
        </div>
      ))}
      <p className="desk-check__quotes">{check.quoteSentence}</p>
      <p className="desk-check__summary" role="status">
        {warnings.length > 0 && check.errors === 0 ? '文件格式没有问题，但部署这些文件会丢失网站上已有的数据（见上），请不要部署。' : check.summary}
      </p>
    </section>
  );
}
