// Data problems found while loading or while checking quotes, in a collapsible
// panel: file, line, column and the Chinese message. Open by default when
// something is an error (rows were skipped), closed for warnings only.
import { problemDetail, SEVERITY_LABEL } from '../data';
import type { Problem } from '../data/types';

export interface ProblemsPanelProps {
  problems: readonly Problem[];
}


export function ProblemsPanel({ problems }: ProblemsPanelProps) {
  if (problems.length === 0) return null;
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const summary = [errors > 0 ? `${errors}个${SEVERITY_LABEL.error}` : '', warnings > 0 ? `${warnings}个${SEVERITY_LABEL.warning}` : '']
    .filter(Boolean)
    .join('，');
  return (
    <details className={errors > 0 ? 'problems problems--error' : 'problems'} open={errors > 0}>
      <summary>
        数据问题（{summary}）
        <span className="problems__hint">有问题的行未计入图表，其余数据正常显示</span>
      </summary>
      <p className="problems__intro">以下问题来自 data 文件夹中的文件。请按文件名和行号打开对应文件修改；改好后刷新页面即可。</p>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="数据问题列表">
        <table className="data-table problems__table">
          <thead>
            <tr>
              <th scope="col">级别</th>
              <th scope="col">文件</th>
              <th scope="col" className="num">行</th>
              <th scope="col">列</th>
              <th scope="col">说明</th>
            </tr>
          </thead>
          <tbody>
            {problems.map((problem, i) => (
              <tr key={`${problem.file}:${problem.line ?? ''}:${problem.code}:${i}`}>
                <td>
                  <span className={`severity severity--${problem.severity}`}>{SEVERITY_LABEL[problem.severity]}</span>
                </td>
                <td>{problem.file}</td>
                <td className="num">{problem.line ?? '—'}</td>
                <td>{problem.column ?? '—'}</td>
                <td>{problemDetail(problem)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
