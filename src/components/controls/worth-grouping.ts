import type { Township } from '../../data/types';

/** Grouping by prefecture and county pays off when some county holds more than one township. */
export function worthGrouping(townships: readonly Township[]): boolean {
  const counties = new Set(townships.map((t) => `${t.prefecture}|${t.county}`));
  return counties.size > 1 && counties.size < townships.length;
}
