// 历年变化 (issue 8): for the chosen metric group, each metric for each chosen
// township over every year in the data, with the change into the chosen year
// (the latest when every year is shown). A year without a report is a gap
// (无报告), not a zero; the change statements follow model/change.ts.
import { useMemo } from 'react';
import type { Dataset } from '../../data/types';
import { chooseGroup, metricGroups } from '../../model/catalog';
import { buildHistories, historyHasFigure } from '../../model/history';
import { yearsText } from '../../print/page-header';
import { GroupChooser } from '../controls/GroupChooser';
import { MarksLegend } from '../MarksLegend';
import { HistoryCard } from './HistoryCard';

export interface HistoryViewProps {
  dataset: Dataset;
  townshipIds: readonly string[];
  /** The year changes are stated into (the chosen year; the latest for 全部年份). */
  focusYear: number | null;
  group: string | null;
  onGroupChange: (group: string) => void;
}

export function HistoryView({ dataset, townshipIds, focusYear, group, onGroupChange }: HistoryViewProps) {
  const groups = useMemo(() => metricGroups(dataset), [dataset]);
  const chosen = chooseGroup(groups, group);
  const townshipKey = townshipIds.join(',');
  const histories = useMemo(
    () => (chosen ? buildHistories(dataset, { townshipIds }, chosen.metricIds) : []),
    // townshipKey stands for the array: the same ids in a new array must not rebuild.
    [dataset, townshipKey, chosen],
  );
  const drawn = histories.filter(historyHasFigure);
  const silent = histories.filter((h) => !historyHasFigure(h));
  const years = histories[0]?.years ?? [];
  return (
    <section className="view" aria-labelledby="history-heading">
      <div className="view__intro">
        <h2 id="history-heading">历年变化{chosen ? `：${chosen.label}` : ''}</h2>
        <p>
          {years.length > 1
            ? `${yearsText(years)}各乡镇报告的数字，每个乡镇一行、每年一条。`
            : `数据中只有${yearsText(years)}的报告，尚无可比较的历年数据；新年度的报告录入后，这里逐年对照。`}
          没有某年报告的记为“无报告”（不是0）；数字为下限（≥）时，只写能确定的增减，否则写“无法判断增减”；
          不同年份单位不同（如“人”与“人次”）时不比较。
        </p>
        <GroupChooser groups={groups} current={chosen?.id ?? null} onChoose={onGroupChange} />
      </div>
      {drawn.map((history) => (
        <HistoryCard key={history.metric} history={history} focusYear={focusYear} />
      ))}
      {silent.length > 0 ? (
        <p className="metric-silent">
          所选乡镇的各年度报告均未给出：{silent.map((h) => h.label).join('、')}。
        </p>
      ) : null}
      <MarksLegend />
    </section>
  );
}
