// In the provenance panel: the data rows behind a figure that could not be
// used (数据有误) — whose row it is, what it says, why it was not used, and
// the file and line to fix. Text from data files is rendered as text.
import type { Dataset } from '../data/types';
import { DATA_ERROR } from '../model/figure-state';
import type { RejectedEntry } from '../model/types';

export function RejectedRows({ rejected, dataset }: { rejected: readonly RejectedEntry[]; dataset: Dataset }) {
  return (
    <section className="provenance__data-error" aria-label={DATA_ERROR} data-testid="rejected-rows">
      <p>
        <strong>{DATA_ERROR}</strong>：数据文件中有下面{rejected.length > 1 ? `${rejected.length}行` : '这一行'}，但有误、未能使用，所以没有计入页面上的数字。请按提示改正后刷新页面。
      </p>
      <ol>
        {rejected.map((entry) => (
          <li key={entry.key}>
            <span className="quote-entry__place">
              <bdi>{entry.township?.name ?? entry.row.townshipId ?? '（乡镇未知）'}</bdi> · {entry.row.year ?? '（年度未知）'}年 · {what(entry, dataset)}
            </span>
            <span className="quote-entry__what">
              写的是：{Object.entries(entry.row.cells).filter(([, v]) => v !== '').map(([k, v]) => `${k}=${v}`).join('，')}
            </span>
            <span className="rejected-row__reason">原因：{entry.row.problems.map((p) => p.message).join('；') || '该行未能使用'}</span>
            <span className="quote-entry__source">
              {entry.row.source.file} 第{entry.row.source.line}行
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}

function what(entry: RejectedEntry, dataset: Dataset): string {
  if (entry.kind === 'metric') {
    const label = dataset.metricCatalog.find((m) => m.id === entry.row.metric)?.label ?? entry.row.metric ?? '（指标未知）';
    return entry.row.item ? `${label} · ${entry.row.item}` : label;
  }
  const label = dataset.shortcomingCategories.find((c) => c.id === entry.row.category)?.label ?? entry.row.category ?? '（类别未知）';
  return `存在的问题 · ${label}`;
}
