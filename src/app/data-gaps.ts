// What the page can show when data files gave nothing (src/data/file-status.ts):
// each view needs some files; without one of them the view is replaced by a
// plain statement of what cannot be shown and why, never by a chart of 未报告.
import type { UnusableFile } from '../data/file-status';
import { DATA_FILES } from '../data/types';
import type { ViewId } from './views';

const PLACES: readonly string[] = [DATA_FILES.townships, DATA_FILES.reports];
const FIGURES = [...PLACES, DATA_FILES.metrics];
const SHORTCOMINGS = [...PLACES, DATA_FILES.shortcomings, DATA_FILES.shortcomingCategories];

/** The data files each view cannot do without. */
const NEEDS: Readonly<Record<ViewId, readonly string[]>> = {
  overview: [...FIGURES, DATA_FILES.shortcomings],
  outreach: FIGURES,
  disputes: FIGURES,
  shortcomings: SHORTCOMINGS,
  brief: [...FIGURES, DATA_FILES.shortcomings, DATA_FILES.shortcomingCategories],
  // 指标一览 and 历年变化 draw metrics.csv (without the catalog, under 目录外指标).
  catalog: FIGURES,
  history: FIGURES,
  extract: [],
};

/** The unusable files that keep `view` from being shown (empty: it can be shown). */
export function blockingFiles(view: ViewId, unusable: readonly UnusableFile[]): UnusableFile[] {
  return unusable.filter((u) => NEEDS[view].includes(u.file));
}

/** True when no view that compares townships can show anything. */
export function nothingCanBeShown(unusable: readonly UnusableFile[]): boolean {
  return unusable.some((u) => PLACES.includes(u.file));
}

/**
 * The line beside the problems summary. It says "其余数据正常显示" only when
 * every file gave rows; after a whole-file failure it names what is not shown.
 */
export function problemsHint(unusable: readonly UnusableFile[], truncated: readonly string[]): string {
  if (nothingCanBeShown(unusable)) return `${unusable.map((u) => u.file).join('、')} 无法使用，页面上没有可显示的数据，请先修改下列错误`;
  if (unusable.length > 0) return `${unusable.map((u) => u.file).join('、')} 无法使用，用到它的页面不显示图表`;
  if (truncated.length > 0) return `${truncated.join('、')} 超过文件大小上限，只读入了一部分，未读入的行所属的数字标为“数据有误”`;
  return '有问题的行未计入图表，其余数据正常显示';
}
