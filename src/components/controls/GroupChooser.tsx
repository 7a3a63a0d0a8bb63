// The metric groups of metric-catalog.csv (普法宣传, 干部学法 …) as a row of
// toggle buttons, for 指标一览 and 历年变化. The chosen group is in the URL.
import type { MetricGroup } from '../../model/catalog';

export interface GroupChooserProps {
  groups: readonly MetricGroup[];
  current: string | null;
  onChoose: (id: string) => void;
}

export function GroupChooser({ groups, current, onChoose }: GroupChooserProps) {
  if (groups.length === 0) return null;
  return (
    <ul className="group-chooser" aria-label="指标分组">
      {groups.map((group) => (
        <li key={group.id}>
          <button type="button" aria-pressed={group.id === current} onClick={() => onChoose(group.id)}>
            {group.label}
            <span className="visually-hidden">（{group.metricIds.length}项指标）</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
