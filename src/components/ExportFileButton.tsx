// A button that makes a file in the browser (导出Word, 导出Excel): loads the
// export code on the first click, says what it is doing while it works (the
// Word brief draws every chart first), and says in Chinese what went wrong.
import { useState } from 'react';
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

export function ExportFileButton({ label, what, description, run, disabled = false }: ExportFileButtonProps) {
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);

  const onClick = async () => {
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
      setBusy(false);
    }
  };

  return (
    <span className="export-file">
      <button
        type="button"
        className="button"
        onClick={() => void onClick()}
        disabled={disabled || busy}
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
