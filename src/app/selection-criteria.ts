// Turns the URL's choice into what the model needs, against the data actually
// loaded: stale township ids are dropped (and reported), "latest year" becomes a
// real year. Pure, so the rules are unit-tested without a browser.

import type { UrlState, YearChoice } from './url-state';

export interface AvailableChoices {
  /** Township ids in townships.csv order. */
  townshipIds: readonly string[];
  /** Years that have a report or a figure. */
  years: readonly number[];
  /**
   * The year shown when the URL names none: the latest year most townships
   * have reported (model/years.ts). Omitted = the latest year.
   */
  defaultYear?: number | null;
}

export interface ResolvedChoice {
  /** Township ids to compare, in townships.csv order. */
  townshipIds: string[];
  /** Years to compare, ascending. */
  years: number[];
  /** The year chooser's value after resolution. */
  year: YearChoice | null;
  /** Ids from the URL that the data does not know. */
  unknownTownshipIds: string[];
  allTownships: boolean;
}

export function resolveChoice(state: UrlState, available: AvailableChoices): ResolvedChoice {
  const known = new Set(available.townshipIds);
  const asked = state.townships;
  const chosen = asked === null ? null : new Set(asked.filter((id) => known.has(id)));
  const townshipIds = chosen === null ? [...available.townshipIds] : available.townshipIds.filter((id) => chosen.has(id));
  const unknownTownshipIds = asked === null ? [] : asked.filter((id) => !known.has(id));

  const years = [...available.years].sort((a, b) => a - b);
  const newest = years.length > 0 ? years[years.length - 1]! : null;
  const latest = available.defaultYear != null && years.includes(available.defaultYear) ? available.defaultYear : newest;
  let year: YearChoice | null;
  let chosenYears: number[];
  if (state.year === 'all') {
    year = 'all';
    chosenYears = years;
  } else if (state.year !== null && years.includes(state.year)) {
    year = state.year;
    chosenYears = [state.year];
  } else {
    year = latest;
    chosenYears = latest === null ? [] : [latest];
  }

  return {
    townshipIds,
    years: chosenYears,
    year,
    unknownTownshipIds,
    allTownships: townshipIds.length === available.townshipIds.length,
  };
}

/** The URL value for a new township choice: null (= all) when every township is chosen. */
export function townshipsForUrl(chosen: readonly string[], available: readonly string[]): string[] | null {
  const set = new Set(chosen);
  const all = available.length > 0 && available.every((id) => set.has(id));
  return all ? null : available.filter((id) => set.has(id));
}
