// Under the page title: how many townships have a report for each year
// ("2025年：6个乡镇中1个已有报告"), so a partly-in year reads as such.
import { unreadScopeSuffix, type UnreadRows } from '../model/unread-rows';
import { coverageText, type YearCoverage } from '../model/years';

/** `unread`: refused rows that belong to no township or figure, said on their year's line (issue 22). */
export function YearCoverageLine({ coverage, unread }: { coverage: readonly YearCoverage[]; unread?: UnreadRows | null }) {
  if (coverage.length === 0) return null;
  return (
    <ul className="year-coverage" aria-label="各年度报告数">
      {[...coverage].reverse().map((entry) => (
        <li key={entry.year} className={entry.reported < entry.townships ? 'year-coverage__partial' : undefined}>
          {coverageText(entry)}
          {unread ? unreadScopeSuffix(unread, entry.year) : ''}
        </li>
      ))}
    </ul>
  );
}
