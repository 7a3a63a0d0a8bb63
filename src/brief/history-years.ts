// Whether the 简报 has a 历年变化 section: its year is the last selected one,
// and some report is from an earlier year. Its own module so the page can ask
// before the brief's code has loaded (LazyBriefView fetches that section's
// chunk beside the brief's, issue 19).
import type { Dataset } from '../data/types';
import type { DashboardModel } from '../model/types';

/** The brief's year (the last selected year), or null for an empty selection. */
export function briefYear(model: DashboardModel): number | null {
  return model.selection.years[model.selection.years.length - 1] ?? null;
}

export function hasReportBefore(dataset: Dataset | null, year: number | null): dataset is Dataset {
  return dataset !== null && year !== null && dataset.reports.some((report) => report.year < year);
}
