// The pinyin library, loaded when a new township is first named (it carries a
// dictionary of ~300 kB; the dashboard never needs it).

import type { ToPinyin } from './township-id';

let loading: Promise<ToPinyin> | null = null;

export function loadPinyin(): Promise<ToPinyin> {
  if (loading === null) loading = import('pinyin-pro').then(
    ({ pinyin }): ToPinyin =>
      (text) =>
        pinyin(text, { toneType: 'none', type: 'array', v: true, nonZh: 'consecutive' }),
  );
  return loading;
}
