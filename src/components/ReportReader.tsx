// The report's text with the quoted sentence highlighted (<mark>) and scrolled
// into view. The text is fetched from data/reports/… and rendered as React
// text nodes only: markup in a report stays visible characters, never HTML.
import { useEffect, useMemo, useRef, useState } from 'react';
import { fetchReportText } from '../data/report-texts';
import { highlightQuote } from '../app/highlight';

export interface ReportReaderProps {
  baseUrl: string;
  /** Path under data/, e.g. reports/bitu-2024.txt. */
  file: string;
  title: string;
  /** The sentence to highlight, or null to show the text only. */
  quote: string | null;
}

type TextState = { status: 'loading' } | { status: 'missing' } | { status: 'ready'; text: string };

export function ReportReader({ baseUrl, file, title, quote }: ReportReaderProps) {
  const [state, setState] = useState<TextState>({ status: 'loading' });
  const markRef = useRef<HTMLElement | null>(null);
  const textRef = useRef<HTMLDivElement | null>(null);

  useEffect(() => {
    let cancelled = false;
    setState({ status: 'loading' });
    fetchReportText(baseUrl, file).then(
      (text) => !cancelled && setState(text === null ? { status: 'missing' } : { status: 'ready', text }),
      () => !cancelled && setState({ status: 'missing' }),
    );
    return () => {
      cancelled = true;
    };
  }, [baseUrl, file]);

  const highlighted = useMemo(
    () => (state.status === 'ready' ? highlightQuote(state.text, quote) : null),
    [state, quote],
  );

  useEffect(() => {
    // Scroll only the reader box (scrollIntoView would also move the page).
    const box = textRef.current;
    const mark = markRef.current;
    if (!box) return;
    box.scrollTop = mark ? Math.max(0, mark.offsetTop - box.clientHeight / 3) : 0;
  }, [highlighted]);

  return (
    <section className="reader" aria-label={`报告原文：${title}`}>
      <h4 className="reader__title">报告原文</h4>
      {state.status === 'loading' ? <p className="muted">正在读取报告原文……</p> : null}
      {state.status === 'missing' ? <p className="warning-text">无法读取报告原文（data/{file}）。</p> : null}
      {highlighted && quote && highlighted.match === 'none' ? (
        <p className="warning-text">这句引文没有在报告原文中找到，请核对 data 中的引文。</p>
      ) : null}
      {highlighted && highlighted.match === 'loose' ? (
        <p className="muted">引文与原文的空格不同，已按忽略空格的方式标出。</p>
      ) : null}
      {highlighted ? (
        <div className="reader__text" ref={textRef} tabIndex={0} role="document" aria-label="报告全文">
          {highlighted.paragraphs.map((segments, p) => (
            <p key={p}>
              {segments.map((segment, s) =>
                segment.highlighted ? (
                  <mark key={s} ref={p === highlighted.firstMatchParagraph ? markRef : undefined}>
                    {segment.text}
                  </mark>
                ) : (
                  <span key={s}>{segment.text}</span>
                ),
              )}
            </p>
          ))}
        </div>
      ) : null}
    </section>
  );
}
