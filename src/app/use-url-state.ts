// Connects the pure URL codec to the browser: the hash is the single source of
// truth, so back/forward, reload and a pasted link all restore the same view.
import { useCallback, useEffect, useState } from 'react';
import { decodeUrlState, encodeUrlState, type UrlState } from './url-state';

export type UrlStateUpdate = Partial<UrlState> | ((current: UrlState) => Partial<UrlState>);

export function useUrlState(): [UrlState, (update: UrlStateUpdate) => void] {
  const [state, setState] = useState<UrlState>(() => decodeUrlState(window.location.hash));

  useEffect(() => {
    const onHashChange = () => setState(decodeUrlState(window.location.hash));
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);

  const update = useCallback((change: UrlStateUpdate) => {
    const current = decodeUrlState(window.location.hash);
    const next = { ...current, ...(typeof change === 'function' ? change(current) : change) };
    const hash = encodeUrlState(next);
    if (hash !== window.location.hash) {
      // Assigning the hash adds a history entry (back returns to the previous
      // view or closes the quote panel) and never reloads the page.
      window.location.hash = hash;
    }
    setState(next);
  }, []);

  return [state, update];
}
