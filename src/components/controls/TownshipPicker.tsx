// Township chooser: all by default; a disclosure with a filter box, 全选 and
// 清空, and one checkbox per township. Works the same for 5 or 300 townships.
import { useId, useMemo, useState } from 'react';
import type { Township } from '../../data/types';

export interface TownshipPickerProps {
  townships: readonly Township[];
  chosen: readonly string[];
  onChange: (ids: string[]) => void;
}

export function TownshipPicker({ townships, chosen, onChange }: TownshipPickerProps) {
  const [filter, setFilter] = useState('');
  const filterId = useId();
  const chosenSet = useMemo(() => new Set(chosen), [chosen]);
  const visible = useMemo(() => {
    const needle = filter.trim();
    return needle === '' ? townships : townships.filter((t) => t.name.includes(needle) || t.county.includes(needle) || t.id.includes(needle));
  }, [townships, filter]);
  const all = chosen.length === townships.length;
  const summary = all ? `全部（${townships.length}个）` : chosen.length === 0 ? '未选择' : `${chosen.length}/${townships.length}个`;

  const toggle = (id: string) => {
    const next = new Set(chosenSet);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onChange(townships.filter((t) => next.has(t.id)).map((t) => t.id));
  };

  return (
    <details className="control picker">
      <summary>
        <span className="control__label">乡镇</span>
        <span className="picker__summary">{summary}</span>
      </summary>
      <div className="picker__panel">
        <div className="picker__tools">
          <label htmlFor={filterId} className="visually-hidden">
            按名称筛选乡镇
          </label>
          <input
            id={filterId}
            type="search"
            placeholder="筛选乡镇名称"
            value={filter}
            onChange={(event) => setFilter(event.target.value)}
          />
          <button type="button" onClick={() => onChange(townships.map((t) => t.id))} disabled={all}>
            全选
          </button>
          <button type="button" onClick={() => onChange([])} disabled={chosen.length === 0}>
            清空
          </button>
        </div>
        <fieldset className="picker__list">
          <legend className="visually-hidden">选择要比较的乡镇</legend>
          {visible.map((township) => (
            <label key={township.id} className="picker__option">
              <input type="checkbox" checked={chosenSet.has(township.id)} onChange={() => toggle(township.id)} />
              <span>{township.name}</span>
              <span className="picker__county">{township.county}</span>
            </label>
          ))}
          {visible.length === 0 ? <p className="muted">没有匹配的乡镇</p> : null}
        </fieldset>
      </div>
    </details>
  );
}
