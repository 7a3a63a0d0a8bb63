// Stage 2a: which (township, year) rows the page compares, in a fixed order.

import { displayText } from '../data/suspicious-text';
import type { Dataset, Township } from '../data/types';
import { indexDataset, rowKeyOf } from './dataset-index';
import type { Selection, SelectionCriteria, SelectionRow } from './types';

/**
 * Rows = selected townships × selected years. Empty or missing criteria mean
 * "all". A township without a report for a selected year still gets its row:
 * the charts then show 未报告 for it rather than leaving it out.
 */
export function selectRows(dataset: Dataset, criteria: SelectionCriteria = {}): Selection {
  const index = indexDataset(dataset);
  const ordered = orderTownships(dataset.townships);

  const wantedIds = criteria.townshipIds?.length ? new Set(criteria.townshipIds) : null;
  const townships = wantedIds ? ordered.filter((t) => wantedIds.has(t.id)) : ordered;
  const unknownTownshipIds = wantedIds
    ? [...wantedIds].filter((id) => !index.townshipsById.has(id))
    : [];

  const years = criteria.years?.length
    ? [...new Set(criteria.years)].sort((a, b) => a - b)
    : index.years;

  const severalYears = years.length > 1;
  const names = uniqueDisplayNames(townships);
  const rows: SelectionRow[] = [];
  for (const township of townships) {
    const name = names.get(township.id) ?? displayText(township.name);
    for (const year of years) {
      const key = rowKeyOf(township.id, year);
      rows.push({
        key,
        townshipId: township.id,
        year,
        township,
        report: index.reportsByRowKey.get(key) ?? null,
        label: severalYears ? `${name} ${year}年` : name,
      });
    }
  }
  return { townships, years, rows, unknownTownshipIds };
}

/** townships.csv order (source line), then id: stable whatever order the loader returns. */
function orderTownships(townships: readonly Township[]): Township[] {
  return [...townships].sort(
    (a, b) => a.source.line - b.source.line || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/**
 * Township names repeat across counties (城关镇 …). ECharts category axes and
 * readers both need distinct labels, so a repeated name gets its county, then its id.
 */
export function uniqueDisplayNames(townships: readonly Township[]): Map<string, string> {
  // Shown without bidi/zero-width characters (data/suspicious-text.ts): a name
  // that differs only by an invisible character is a repeated name on screen.
  const shown = (t: Township) => displayText(t.name);
  const countByName = new Map<string, number>();
  for (const t of townships) countByName.set(shown(t), (countByName.get(shown(t)) ?? 0) + 1);
  const withCounty = townships.map((t) =>
    (countByName.get(shown(t)) ?? 0) > 1 && t.county ? `${shown(t)}（${displayText(t.county)}）` : shown(t),
  );
  const countByLabel = new Map<string, number>();
  for (const label of withCounty) countByLabel.set(label, (countByLabel.get(label) ?? 0) + 1);
  const names = new Map<string, string>();
  townships.forEach((t, i) => {
    const label = withCounty[i] ?? shown(t);
    names.set(t.id, (countByLabel.get(label) ?? 0) > 1 ? `${label}［${t.id}］` : label);
  });
  return names;
}

/** Townships (or rows) of one county, for grouping long lists (issue 19). */
export interface CountyGroup<T> {
  /** `${prefecture}|${county}`: county names repeat across prefectures. */
  key: string;
  county: string;
  prefecture: string;
  /** "申扎县（那曲市）"; a missing county reads 未填所属县. */
  label: string;
  items: T[];
}

/** Prefecture → its counties, both in first-appearance (townships.csv) order. */
export interface PrefectureGroup<T> {
  prefecture: string;
  label: string;
  counties: CountyGroup<T>[];
}

const NO_COUNTY = '未填所属县';
const NO_PREFECTURE = '未填地级市';

/** Groups items by their township's county, in the order the counties first appear. */
export function groupByCounty<T>(items: readonly T[], townshipOf: (item: T) => Township): CountyGroup<T>[] {
  const groups = new Map<string, CountyGroup<T>>();
  for (const item of items) {
    const { county, prefecture } = townshipOf(item);
    const key = `${prefecture}|${county}`;
    let group = groups.get(key);
    if (!group) {
      const countyText = county.trim() === '' ? NO_COUNTY : county;
      const label = prefecture.trim() === '' || prefecture === county ? countyText : `${countyText}（${prefecture}）`;
      group = { key, county, prefecture, label, items: [] };
      groups.set(key, group);
    }
    group.items.push(item);
  }
  return [...groups.values()];
}

/** Groups items by prefecture, then county, in first-appearance order. */
export function groupByPrefecture<T>(items: readonly T[], townshipOf: (item: T) => Township): PrefectureGroup<T>[] {
  const prefectures = new Map<string, PrefectureGroup<T>>();
  for (const group of groupByCounty(items, townshipOf)) {
    let prefecture = prefectures.get(group.prefecture);
    if (!prefecture) {
      prefecture = { prefecture: group.prefecture, label: group.prefecture.trim() === '' ? NO_PREFECTURE : group.prefecture, counties: [] };
      prefectures.set(group.prefecture, prefecture);
    }
    prefecture.counties.push(group);
  }
  return [...prefectures.values()];
}
