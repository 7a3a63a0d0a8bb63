// The township picker's list grouped by prefecture and county (issue 19): a
// county (or prefecture) checkbox selects or clears all its townships at once;
// it is "mixed" (indeterminate, announced as such by screen readers) when only
// some are chosen. With many townships each county's list is folded behind a
// 展开 button (aria-expanded), so the open picker stays short and quick; a
// filter unfolds the counties that have matches.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Township } from '../../data/types';
import { groupByPrefecture, type CountyGroup } from '../../model/selection';

/** Up to this many townships every county starts unfolded. */
const UNFOLDED_UP_TO = 40;

export interface PickerAreaListProps {
  /** Townships shown (already filtered), in townships.csv order. */
  townships: readonly Township[];
  /** Whether a filter is typed: counties with matches then show them unfolded. */
  filtering: boolean;
  chosen: ReadonlySet<string>;
  /** Sets the chosen state of the given townships. */
  onSet: (ids: readonly string[], chosen: boolean) => void;
  /** All townships in the data, so a county's count is of the whole county, not of the filter. */
  total: number;
}

export function PickerAreaList({ townships, filtering, chosen, onSet, total }: PickerAreaListProps) {
  const prefectures = useMemo(() => groupByPrefecture(townships, (t) => t), [townships]);
  const severalPrefectures = prefectures.length > 1;
  return (
    <ul className="picker__areas">
      {prefectures.map((prefecture) => {
        const ids = prefecture.counties.flatMap((c) => c.items.map((t) => t.id));
        const counties = (
          <ul className="picker__areas">
            {prefecture.counties.map((county) => (
              <CountyItem
                key={county.key}
                county={county}
                chosen={chosen}
                onSet={onSet}
                unfolded={filtering || total <= UNFOLDED_UP_TO}
              />
            ))}
          </ul>
        );
        return severalPrefectures ? (
          <li key={prefecture.prefecture} className="picker__prefecture">
            <AreaCheckbox label={prefecture.label} ids={ids} chosen={chosen} onSet={onSet} className="picker__area picker__area--prefecture" />
            {counties}
          </li>
        ) : (
          <li key={prefecture.prefecture} className="picker__prefecture picker__prefecture--only">
            {counties}
          </li>
        );
      })}
    </ul>
  );
}

function CountyItem({
  county,
  chosen,
  onSet,
  unfolded,
}: {
  county: CountyGroup<Township>;
  chosen: ReadonlySet<string>;
  onSet: PickerAreaListProps['onSet'];
  unfolded: boolean;
}) {
  const [open, setOpen] = useState(unfolded);
  useEffect(() => setOpen(unfolded), [unfolded]);
  const ids = useMemo(() => county.items.map((t) => t.id), [county]);
  const listId = `picker-county-${county.key.replace(/[^A-Za-z0-9_-]/g, (c) => c.charCodeAt(0).toString(36))}`;
  return (
    <li className="picker__county-item">
      <div className="picker__county-row">
        <AreaCheckbox label={county.label} ids={ids} chosen={chosen} onSet={onSet} className="picker__area" />
        <button
          type="button"
          className="picker__fold"
          aria-expanded={open}
          aria-controls={listId}
          aria-label={`${open ? '收起' : '展开'}${county.label}的乡镇`}
          onClick={() => setOpen(!open)}
        >
          {open ? '收起' : '展开'}
        </button>
      </div>
      {open ? (
        <ul className="picker__townships" id={listId}>
          {county.items.map((township) => (
            <li key={township.id}>
              <label className="picker__option">
                <input type="checkbox" checked={chosen.has(township.id)} onChange={(event) => onSet([township.id], event.target.checked)} />
                <span><bdi>{township.name}</bdi></span>
              </label>
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}

/** A checkbox for a set of townships: checked when all are chosen, mixed when some are. */
function AreaCheckbox({
  label,
  ids,
  chosen,
  onSet,
  className,
}: {
  label: string;
  ids: readonly string[];
  chosen: ReadonlySet<string>;
  onSet: PickerAreaListProps['onSet'];
  className: string;
}) {
  const count = ids.filter((id) => chosen.has(id)).length;
  const all = count === ids.length;
  const some = count > 0 && !all;
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = some;
  }, [some]);
  return (
    <label className={className}>
      <input ref={ref} type="checkbox" checked={all} onChange={() => onSet(ids, !all)} />
      <span className="picker__area-name">{label}</span>
      <span className="picker__area-count">
        {count}/{ids.length}个乡镇
      </span>
    </label>
  );
}
