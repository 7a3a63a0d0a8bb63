// Claims → Chinese, in one place. Every finding sentence that states a fact
// about the data is composed of these renderings (and fixed wording); the
// counts it writes are the counts the claim carries, which check.ts verifies.

import { formatFigure } from '../../model/format';
import type { ChangeClaim, MentionClaim, NameList, OmittedRowsClaim, ScopeClaim, StatedFigure } from './types';

/** Names listed before "等N个乡镇". */
export const NAMES_LISTED = 5;

/**
 * "甲乡、乙乡"; past five names "甲乡、乙乡…等7个乡镇"; across years, when the
 * rows are more reports than townships, "…等7个乡镇的9份报告" — a township
 * with two years is one township, never counted twice.
 */
export function renderNames(list: NameList, limit = NAMES_LISTED): string {
  const labels = list.rows.map((r) => r.label);
  if (labels.length <= limit) return labels.join('、');
  const count = list.reports > list.townships ? `${list.townships}个乡镇的${list.reports}份报告` : `${list.townships}个乡镇`;
  return `${labels.slice(0, limit).join('、')}等${count}`;
}

/** "甲乡、乙乡 · 2024年" (the years text is the caller's: print/page-header yearsText). */
export function renderScope(claim: ScopeClaim, yearsText: string): string {
  return [renderNames(claim.who, 12), yearsText].filter((part) => part !== '').join(' · ');
}

export function renderFigure(figure: StatedFigure): string {
  return formatFigure({ status: 'reported', value: figure.value, bound: figure.bound }, figure.unit);
}

/** "5个乡镇中4个提到…", "5个乡镇均提到…", "5个乡镇均未提到…"; across years "15份报告中12份提到…". */
export function renderMentions(claim: Pick<MentionClaim, 'count' | 'outOf' | 'counting' | 'category'>): string {
  const noun = claim.counting === 'reports' ? '份报告' : '个乡镇';
  const measure = claim.counting === 'reports' ? '份' : '个';
  const label = claim.category.label;
  if (claim.count === 0) return `${claim.outOf}${noun}均未提到${label}`;
  if (claim.count === claim.outOf && claim.outOf > 1) return `${claim.outOf}${noun}均提到${label}`;
  return `${claim.outOf}${noun}中${claim.count}${measure}提到${label}`;
}

/** "其余7个乡镇见表格（其中2个未报告）". */
export function renderOmitted(claim: Pick<OmittedRowsClaim, 'omitted' | 'notReported' | 'counting' | 'ends'>): string | null {
  if (claim.omitted.length === 0) return null;
  const noun = claim.counting === 'reports' ? '份报告' : '个乡镇';
  const measure = claim.counting === 'reports' ? '份' : '个';
  const silent = claim.notReported > 0 ? `（其中${claim.notReported}${measure}未报告）` : '';
  const ends = claim.ends
    ? `图中为有数值的${claim.counting === 'reports' ? '报告' : '乡镇'}中最高的${claim.ends.top}${measure}和最低的${claim.ends.bottom}${measure}；`
    : '';
  return `${ends}其余${claim.omitted.length}${noun}见表格${silent}`;
}

/** "增加至少30场", "−5场次", "持平" — the firmness the claim states. */
export function renderChangeAmount(claim: Pick<ChangeClaim, 'direction' | 'amount' | 'firmness'>, unit: string): string {
  if (claim.direction === 'same') return '持平';
  if (claim.firmness === 'at_least') return `${claim.direction === 'up' ? '增加' : '减少'}至少${claim.amount}${unit}`;
  return `${claim.direction === 'up' ? '+' : '−'}${claim.amount}${unit}`;
}
