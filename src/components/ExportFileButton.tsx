// A button that makes a file in the browser (导出Word, 导出Excel): loads the
// export code on the first click, says what it is doing while it works (the
// Word brief draws every chart first), and says in Chinese what went wrong.
//
// Focus (issue 19): while the file is made the button is aria-disabled, not
// disabled — a disabled button loses the focus to the page body, and a
// keyboard user would have to start again from the top. Clicks meanwhile do
// nothing. If the focus was lost anyway (the brief redraws its charts for the
// Word pictures), it comes back to the button when the file is made.
import { useRef, useState } from 'react';
import type { ExportResult, Progress } from './export-result';

export interface ExportFileButtonProps {
  /** Button text, e.g. "导出Word". */
  label: string;
  /** What the file is, for messages: "Word文档". */
  what: string;
  /** Screen-reader description of the file the button makes. */
  description: string;
  /** Makes and downloads the file; imports its export code itself (dynamic import), so each button loads only its own. */
  run: (progress: Progress) => Promise<ExportResult>;
  disabled?: boolean;
}

/** True when nothing in particular has the focus (it fell to <body>, or left with a removed element). */
export function focusWasLost(doc: Document): boolean {
  const active = doc.activeElement;
  return active === null || active === doc.body || active === doc.documentElement;
}

export function ExportFileButton({ label, what, description, run, disabled = false }: ExportFileButtonProps) {
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const busyRef = useRef(false);
  const buttonRef = useRef<HTMLButtonElement>(null);

  const onClick = async () => {
    if (busyRef.current) return;
    busyRef.current = true;
    setBusy(true);
    setStatus(`正在生成${what}……`);
    try {
      const result = await run(setStatus);
      setStatus(
        result.missingPictures.length > 0
          ? `已生成“${result.filename}”；${result.missingPictures.join('、')}未能生成图片，文档中以表格代替。`
          : `已生成“${result.filename}”。`,
      );
    } catch (error) {
      setStatus(`${what}生成失败：${error instanceof Error ? error.message : String(error)}`);
    } finally {
      busyRef.current = false;
      setBusy(false);
      const button = buttonRef.current;
      if (button && button.isConnected && focusWasLost(button.ownerDocument)) button.focus();
    }
  };

  return (
    <span className="export-file">
      <button
        ref={buttonRef}
        type="button"
        className="button"
        onClick={() => void onClick()}
        disabled={disabled}
        aria-disabled={busy || undefined}
        aria-busy={busy}
        title={description}
      >
        {label}
      </button>
      {status ? (
        <span className="export-file__status muted" role="status">
          {status}
        </span>
      ) : null}
    </span>
  );
}
