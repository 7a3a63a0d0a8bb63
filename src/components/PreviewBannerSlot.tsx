// Where the preview banner goes. Its code (and the desk's merge and preview
// modules it imports) is a chunk of its own, fetched only when the page runs
// as the desk's preview (?preview=1): the dashboard's first JS stays within
// its budget (issue 19).
import { useEffect, useState, type ComponentType } from 'react';
import { previewState } from '../app/preview-flag';

export function PreviewBannerSlot() {
  const active = previewState().active;
  const [Banner, setBanner] = useState<ComponentType | null>(null);
  useEffect(() => {
    if (!active || Banner) return;
    let cancelled = false;
    import('./PreviewBanner').then(
      (module) => !cancelled && setBanner(() => module.PreviewBanner),
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [active, Banner]);
  return Banner ? <Banner /> : null;
}
