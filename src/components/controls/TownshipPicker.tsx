// Township chooser: all by default; a disclosure with a filter box, 全选 and
// 清空, and one checkbox per township. When counties hold several townships
// (a prefecture, a province: issue 19) the list is grouped by prefecture and
// county, and a county's checkbox selects or clears the whole county
// (PickerAreaList). The list is rendered only while the picker is open: 2,000
// hidden checkboxes re-rendered on every status tick cost seconds.
// Open, it behaves as a dialog (issue 11): focus moves to the filter box, Tab
// stays inside, Escape closes it and focus returns to the summary; a click
// elsewhere closes it too.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Township } from '../../data/types';
import { keepTabInside } from '../dialog-focus';
import { lazyComponent } from '../lazy-component';
import { worthGrouping } from './worth-grouping';

// Only an open picker of a grouped list needs it: not part of what a view draws (issue 19).
const PickerAreaList = lazyComponent(() => import('./PickerAreaList').then((m) => m.PickerAreaList), 'picker', { partOfView: false });

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
    return needle === ''
      ? townships
      : townships.filter((t) => t.name.includes(needle) || t.county.includes(needle) || t.prefecture.includes(needle) || t.id.includes(needle));
  }, [townships, filter]);
  const grouped = useMemo(() => worthGrouping(townships), [townships]);
  const all = chosen.length === townships.length;
  const none = chosen.length === 0;
  const detailsRef = useRef<HTMLDetailsElement>(null);
  const summaryRef = useRef<HTMLElement>(null);
  const filterRef = useRef<HTMLInputElement>(null);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    if (!open) return;
    const closeOnOutsideClick = (event: PointerEvent) => {
      const details = detailsRef.current;
      if (details && event.target instanceof Node && !details.contains(event.target)) details.open = false;
    };
    document.addEventListener('pointerdown', closeOnOutsideClick);
    return () => document.removeEventListener('pointerdown', closeOnOutsideClick);
  }, [open]);
  const summary = all ? `全部（${townships.length}个）` : chosen.length === 0 ? '未选择' : `${chosen.length}/${townships.length}个`;

  const setChosen = (ids: readonly string[], value: boolean) => {
    const next = new Set(chosenSet);
    for (const id of ids) {
      if (value) next.add(id);
      else next.delete(id);
    }
    onChange(townships.filter((t) => next.has(t.id)).map((t) => t.id));
  };
  const toggle = (id: string) => setChosen([id], !chosenSet.has(id));

  return (
    <details
      className="control picker"
      ref={detailsRef}
      onToggle={(event) => {
        const nowOpen = event.currentTarget.open;
        setOpen(nowOpen);
        if (nowOpen) filterRef.current?.focus();
      }}
      onKeyDown={(event) => {
        const details = detailsRef.current;
        if (!details?.open) return;
        if (event.key === 'Escape') {
          // Handled here: the provenance panel's Escape must not also fire.
          event.preventDefault();
          event.stopPropagation();
          details.open = false;
          summaryRef.current?.focus();
          return;
        }
        keepTabInside(event, details);
      }}
    >
      <summary ref={summaryRef}>
        <span className="control__label">乡镇</span>
        <span className="picker__summary">{summary}</span>
      </summary>
      <div className="picker__panel" role="dialog" aria-label="选择要比较的乡镇">
        <div className="picker__tools">
          <label htmlFor={filterId} className="visually-hidden">
            按名称筛选乡镇
          </label>
          <input
            ref={filterRef}
            id={filterId}
            type="search"
            placeholder="筛选乡镇名称"
            value={filter}
            onChange={(event) => setFilter(event.target.value)}
          />
          {/* aria-disabled, not disabled: a button that becomes disabled under
              the focus drops the focus to the page. */}
          <button type="button" onClick={() => (all ? undefined : onChange(townships.map((t) => t.id)))} aria-disabled={all}>
            全选
          </button>
          <button type="button" onClick={() => (none ? undefined : onChange([]))} aria-disabled={none}>
            清空
          </button>
        </div>
        <fieldset className="picker__list">
          <legend className="visually-hidden">{grouped ? '按地级市、县（区）选择要比较的乡镇' : '选择要比较的乡镇'}</legend>
          {!open ? null : grouped ? (
            <PickerAreaList townships={visible} filtering={filter.trim() !== ''} chosen={chosenSet} onSet={setChosen} total={townships.length} />
          ) : (
            visible.map((township) => (
              <label key={township.id} className="picker__option">
                <input type="checkbox" checked={chosenSet.has(township.id)} onChange={() => toggle(township.id)} />
                <span>
                  <bdi>{township.name}</bdi>
                </span>
                <span className="picker__county">{township.county}</span>
              </label>
            ))
          )}
          {visible.length === 0 ? <p className="muted">没有匹配的乡镇</p> : null}
        </fieldset>
      </div>
    </details>
  );
}
