// The 简报's 历年变化 section: one history card per metric of the brief. Its
// own chunk (lazy-component.tsx): a brief of a single year never fetches it.
import type { MetricHistory } from '../../model/history';
import { HistoryCard } from './HistoryCard';

export function BriefHistorySection({ histories, toYear }: { histories: readonly MetricHistory[]; toYear: number | null }) {
  return (
    <section className="brief__history" aria-labelledby="brief-history-heading">
      <h2 id="brief-history-heading" className="brief__section-title">
        历年变化
      </h2>
      {histories.map((history) => (
        <HistoryCard key={history.metric} history={history} focusYear={toYear} />
      ))}
    </section>
  );
}
