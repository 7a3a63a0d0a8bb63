// The view tabs (WAI-ARIA tabs pattern): the chosen tab is in the tab order,
// arrow keys, Home and End move between tabs and choose them.
import { useRef, type KeyboardEvent } from 'react';
import type { ViewId, ViewInfo } from '../../app/views';

export interface ViewTabsProps {
  views: readonly ViewInfo[];
  current: ViewId;
  onChoose: (view: ViewId) => void;
  /** id of the tab panel the tabs control. */
  panelId: string;
}

export function tabId(view: ViewId): string {
  return `tab-${view}`;
}

export function ViewTabs({ views, current, onChoose, panelId }: ViewTabsProps) {
  const refs = useRef(new Map<ViewId, HTMLButtonElement>());

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const index = views.findIndex((v) => v.id === current);
    const last = views.length - 1;
    const target =
      event.key === 'ArrowRight' ? (index + 1) % views.length
      : event.key === 'ArrowLeft' ? (index - 1 + views.length) % views.length
      : event.key === 'Home' ? 0
      : event.key === 'End' ? last
      : -1;
    const view = views[target];
    if (target < 0 || !view) return;
    event.preventDefault();
    onChoose(view.id);
    refs.current.get(view.id)?.focus();
  };

  return (
    <div className="tabs" role="tablist" aria-label="视图">
      {views.map((view) => {
        const selected = view.id === current;
        return (
          <button
            key={view.id}
            ref={(el) => {
              if (el) refs.current.set(view.id, el);
              else refs.current.delete(view.id);
            }}
            type="button"
            role="tab"
            id={tabId(view.id)}
            aria-selected={selected}
            aria-controls={panelId}
            tabIndex={selected ? 0 : -1}
            className={selected ? 'tab tab--selected' : 'tab'}
            onClick={() => onChoose(view.id)}
            onKeyDown={onKeyDown}
          >
            {view.label}
          </button>
        );
      })}
    </div>
  );
}
