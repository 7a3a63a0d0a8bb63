// The parts a report lists under one metric (集中宣讲, 入户宣讲 …), each a
// small button that opens its own quote.
import { boundPrefix, formatNumber } from '../model/format';
import type { MetricPart } from '../model/types';
import { useOpenProvenance } from '../app/provenance-context';

export function PartsList({ parts, rowKey, context }: { parts: readonly MetricPart[]; rowKey: string; context: string }) {
  const open = useOpenProvenance();
  if (parts.length === 0) return <span className="muted">—</span>;
  return (
    <ul className="parts">
      {parts.map((part) => {
        const text = `${boundPrefix(part.bound)}${formatNumber(part.value)}${part.unit}`;
        return (
          <li key={part.key}>
            <button
              type="button"
              className="part-button"
              // The visible "item value" as shown, inside the name (WCAG 2.5.3).
              aria-label={`${context} ${part.item} ${text}，查看出处`}
              onClick={() => open({ keys: [part.key], rowKey })}
            >
              <span className="part-button__item">{part.item}</span> <span className="part-button__value">{text}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
