// The units a figure can have, and the words that merely start with a unit's
// character. A report's figure is a number followed by one of these units, so
// 2024年, 3月, 6.26, 一是, 二十大 are never figures: 年, 月, 是, 大 are no units.

/** Longest first, so that 人次 wins over 人, 场次 over 场, 万元 over 万. */
export const UNITS: readonly string[] = [
  '个行政村',
  '个村',
  '场次',
  '人次',
  '件次',
  '户次',
  '批次',
  '万元',
  '课时',
  '学时',
  '次',
  '场',
  '期',
  '人',
  '名',
  '份',
  '册',
  '本',
  '条',
  '起',
  '件',
  '篇',
  '张',
  '户',
  '元',
  '项',
  '个',
  '支',
  '家',
  '位',
  '%',
];

/**
 * Characters that, right after a unit, turn it into another word:
 * 一次性, 场所, 人民, 名单, 条例, 一起来, 一件事 …
 */
const WORD_CONTINUATIONS: Readonly<Record<string, string>> = {
  次: '性数序要日',
  场: '所地景合馆面',
  期: '间限望待',
  人: '民员才口士大格生身权心物选事',
  名: '称单义额誉片录',
  份: '额子',
  本: '地乡镇村年身职领质级单部',
  条: '例件款龙',
  起: '来到步草诉点源始码',
  件: '事',
  篇: '章',
  张: '贴',
  户: '籍口外主',
  元: '旦素化',
  项: '目',
  个: '人体别性案月',
  支: '持部队付出撑援柱',
  家: '庭属门风长园乡中人里具居务',
  位: '置于列次数',
};

/** UNIT_FIRST[c] = 1 when a unit starts with code unit c: most positions need no startsWith. */
const UNIT_FIRST = new Uint8Array(0x10000);
for (const unit of UNITS) UNIT_FIRST[unit.charCodeAt(0)] = 1;

/** The longest unit that starts at `pos` in the (folded) text, or null. */
export function unitAt(text: string, pos: number): string | null {
  if (UNIT_FIRST[text.charCodeAt(pos)] !== 1) return null;
  for (const unit of UNITS) {
    if (text.startsWith(unit, pos)) return unit;
  }
  return null;
}

/** True when the unit at `unitEnd - unit.length` is really the start of a longer word. */
export function unitStartsAWord(text: string, unit: string, unitEnd: number): boolean {
  const next = text.charAt(unitEnd);
  const continuations = WORD_CONTINUATIONS[unit];
  return next !== '' && continuations !== undefined && continuations.includes(next);
}

/** True for a unit the rules file may name (plus 次/月-style units it writes with unit_as). */
export function isKnownUnit(unit: string): boolean {
  return UNITS.includes(unit);
}
