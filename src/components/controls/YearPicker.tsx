// Year chooser: one year (the latest by default) or every year, in which case
// each township appears once per year ("塔尔玛乡 2024年").
import type { YearChoice } from '../../app/url-state';

export interface YearPickerProps {
  years: readonly number[];
  value: YearChoice | null;
  onChange: (year: YearChoice) => void;
}

export function YearPicker({ years, value, onChange }: YearPickerProps) {
  const sorted = [...years].sort((a, b) => b - a);
  return (
    <label className="control">
      <span className="control__label">年份</span>
      <select
        value={value === null ? '' : String(value)}
        onChange={(event) => onChange(event.target.value === 'all' ? 'all' : Number(event.target.value))}
        disabled={years.length === 0}
      >
        {sorted.map((year) => (
          <option key={year} value={String(year)}>
            {year}年
          </option>
        ))}
        {years.length > 1 ? <option value="all">全部年份</option> : null}
      </select>
    </label>
  );
}
