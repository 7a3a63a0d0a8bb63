// Year chooser: one year or every year, in which case each township appears
// once per year ("塔尔玛乡 2024年"). Each year says how many townships have
// its report, so a year that is only partly in is visible before it is chosen.
import type { YearChoice } from '../../app/url-state';
import { coverageShort, type YearCoverage } from '../../model/years';

export interface YearPickerProps {
  years: readonly number[];
  value: YearChoice | null;
  onChange: (year: YearChoice) => void;
  /** Reports per year (model/years.ts); the option reads "2025年（已有报告1/6）". */
  coverage?: readonly YearCoverage[];
}

export function YearPicker({ years, value, onChange, coverage = [] }: YearPickerProps) {
  const sorted = [...years].sort((a, b) => b - a);
  const coverageOf = new Map(coverage.map((entry) => [entry.year, entry] as const));
  return (
    <label className="control">
      <span className="control__label">年份</span>
      <select
        value={value === null ? '' : String(value)}
        onChange={(event) => onChange(event.target.value === 'all' ? 'all' : Number(event.target.value))}
        disabled={years.length === 0}
      >
        {sorted.map((year) => {
          const entry = coverageOf.get(year);
          return (
            <option key={year} value={String(year)}>
              {entry ? `${year}年（已有报告${coverageShort(entry)}）` : `${year}年`}
            </option>
          );
        })}
        {years.length > 1 ? <option value="all">全部年份</option> : null}
      </select>
    </label>
  );
}
