// A township's id from its name, so the clerk never types one: the pinyin of
// the name without its 乡/镇/街道 ending (碧土乡 → bitu, 海子沟乡 → haizigou,
// as the shipped ids are made), made unique against the ids already taken
// (then the county's pinyin is added: chengguan-shenzha, then -2, -3 …).
// The pinyin itself comes from a library (pinyin-pro, loaded only when a new
// township is added): it is passed in, so this module stays pure and small.

/** Turns Chinese text into lower-case syllables without tones (ü as v). */
export type ToPinyin = (text: string) => string[];

/** Endings that name the kind of township, not the place. Longest first. */
const TOWNSHIP_ENDINGS = ['民族乡', '街道办事处', '街道', '苏木', '乡', '镇'];
const COUNTY_ENDINGS = ['自治县', '自治旗', '县', '区', '市', '旗'];

function withoutEnding(name: string, endings: readonly string[]): string {
  const ending = endings.find((e) => name.endsWith(e) && name.length > e.length);
  return ending ? name.slice(0, -ending.length) : name;
}

/** Syllables → an id: lower-case ASCII letters and digits, nothing else. */
function slug(syllables: readonly string[]): string {
  return syllables
    .join('')
    .toLowerCase()
    .replace(/ü/g, 'v')
    .normalize('NFD')
    .replace(/[^a-z0-9]/g, '');
}

export function baseTownshipId(name: string, toPinyin: ToPinyin): string {
  return slug(toPinyin(withoutEnding(name.trim(), TOWNSHIP_ENDINGS)));
}

/**
 * A unique id for a new township. `taken`: the ids in townships.csv.
 * Falls back to "township" when the name gives no letters at all.
 */
export function makeTownshipId(name: string, county: string, taken: Iterable<string>, toPinyin: ToPinyin): string {
  const used = new Set(taken);
  const base = baseTownshipId(name, toPinyin) || 'township';
  if (!used.has(base)) return base;
  const countyPart = slug(toPinyin(withoutEnding(county.trim(), COUNTY_ENDINGS)));
  const withCounty = countyPart === '' ? base : `${base}-${countyPart}`;
  if (!used.has(withCounty)) return withCounty;
  for (let n = 2; ; n++) {
    const candidate = `${withCounty}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}
