// Data problems found while loading or while checking quotes, in a collapsible
// panel: file, line, column and the Chinese message. Open by default when
// something is an error (rows were skipped), closed for warnings only.
import { problemDetail, SEVERITY_LABEL } from '../data/messages';
import type { Problem } from '../data/types';

export interface ProblemsPanelProps {
  problems: readonly Problem[];
  /** The line beside the summary (app/data-gaps.ts problemsHint): what is and is not shown. */
  hint?: string;
}

/** Rows listed per file: a file pasted many times over gives tens of thousands of problems. */
const LISTED_PER_FILE = 100;

/** Problems about a file as a whole: always listed, whatever their line. */
const FILE_LEVEL: ReadonlySet<Problem['code']> = new Set<Problem['code']>([
  'too_many_rows',
  'file_too_large',
  'file_no_rows',
  'all_rows_rejected',
  'encoding_mojibake',
  'header_chinese',
  'csv_delimiter',
]);

/** Each file's whole-file problems and its first LISTED_PER_FILE others; how many of each file were left out. */
function listed(problems: readonly Problem[]): { shown: Problem[]; omitted: Array<[string, number]> } {
  const perFile = new Map<string, number>();
  const omittedPerFile = new Map<string, number>();
  // Whole-file problems lead the list: the one that says "rows beyond the limit were refused"
  // must not sit below a hundred duplicate-row lines.
  const fileLevel: Problem[] = [];
  const shown: Problem[] = [];
  for (const problem of problems) {
    if (problem.line === undefined || FILE_LEVEL.has(problem.code)) {
      fileLevel.push(problem);
      continue;
    }
    const count = (perFile.get(problem.file) ?? 0) + 1;
    perFile.set(problem.file, count);
    if (count <= LISTED_PER_FILE) shown.push(problem);
    else omittedPerFile.set(problem.file, (omittedPerFile.get(problem.file) ?? 0) + 1);
  }
  return { shown: [...fileLevel, ...shown], omitted: [...omittedPerFile] };
}

export function ProblemsPanel({ problems, hint = '有问题的行未计入图表，其余数据正常显示' }: ProblemsPanelProps) {
  if (problems.length === 0) return null;
  const { shown, omitted } = listed(problems);
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const summary = [errors > 0 ? `${errors}个${SEVERITY_LABEL.error}` : '', warnings > 0 ? `${warnings}个${SEVERITY_LABEL.warning}` : '']
    .filter(Boolean)
    .join('，');
  return (
    <details className={errors > 0 ? 'problems problems--error' : 'problems'} open={errors > 0}>
      <summary>
        数据问题（{summary}）
        <span className="problems__hint">{hint}</span>
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
            {shown.map((problem, i) => (
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
      {omitted.length > 0 ? (
        <p className="problems__omitted">
          {omitted.map(([file, n]) => `${file} 另有 ${n} 个问题未列出`).join('；')}。运行 npm run check-data 可以看到全部。
        </p>
      ) : null}
    </details>
  );
}
