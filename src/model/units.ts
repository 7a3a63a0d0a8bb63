// Which unit words count the same thing. Reports write 次, 场 or 场次 for one
// outreach event and 起 or 件 for one dispute (metric-catalog.csv says so in
// its definitions); those are the same measure under different words and must
// not raise a "not comparable" flag. 人 vs 人次 (people vs person-times) and
// 份 vs 册 (sheets vs booklets) are different measures and stay apart.

const EQUIVALENT_UNITS: readonly (readonly string[])[] = [
  ['次', '场', '场次'],
  ['起', '件'],
];

const CLASS_OF = new Map<string, string>();
for (const group of EQUIVALENT_UNITS) for (const unit of group) CLASS_OF.set(unit, group.join('/'));

/** A key equal for units that measure the same thing; the unit itself otherwise. */
export function unitClass(unit: string): string {
  const trimmed = unit.trim();
  return CLASS_OF.get(trimmed) ?? trimmed;
}

export function sameMeasure(a: string, b: string): boolean {
  return unitClass(a) === unitClass(b);
}

/** Distinct measures among units, keeping the first spelling of each. */
export function distinctMeasures(units: readonly string[]): string[] {
  // Most figures have one unit (a province's histories ask 100,000 times).
  if (units.length <= 1) return units.slice();
  const seen = new Map<string, string>();
  for (const unit of units) {
    const key = unitClass(unit);
    if (!seen.has(key)) seen.set(key, unit);
  }
  return [...seen.values()];
}
