// Where the report comes in: paste into the text box, or choose / drop a
// .txt file (UTF-8 or GBK; decoded in the browser, nothing is uploaded).

import { useId, useState, type ChangeEvent, type DragEvent } from 'react';
import { decodeReportBytes } from '../../extract';

export interface ReportInputProps {
  text: string;
  onText: (text: string, source: { fileName: string | null; messages: string[] }) => void;
}

async function readFile(file: File): Promise<{ text: string | null; messages: string[] }> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const decoded = decodeReportBytes(bytes, file.name);
  return { text: decoded.text, messages: decoded.messages };
}

export function ReportInput({ text, onText }: ReportInputProps) {
  const id = useId();
  const [dragging, setDragging] = useState(false);
  const [fileMessage, setFileMessage] = useState<string | null>(null);
  const [fileName, setFileName] = useState<string | null>(null);

  const takeFile = async (file: File | undefined) => {
    if (!file) return;
    const { text: decoded, messages } = await readFile(file);
    if (decoded === null) {
      setFileMessage(messages.join(' ') || `无法读取 ${file.name}。`);
      return;
    }
    setFileMessage(null);
    setFileName(file.name);
    onText(decoded, { fileName: file.name, messages });
  };

  const onChoose = (event: ChangeEvent<HTMLInputElement>) => {
    void takeFile(event.target.files?.[0]);
    event.target.value = '';
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    void takeFile(event.dataTransfer.files[0]);
  };

  return (
    <div
      className={`extract-input${dragging ? ' extract-input--dragging' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <label className="extract-input__label" htmlFor={`${id}-text`}>
        报告原文（粘贴全文，或把 .txt 文件拖到这里）
      </label>
      <textarea
        id={`${id}-text`}
        className="extract-input__text"
        value={text}
        rows={8}
        spellCheck={false}
        placeholder="例如：2024年，全乡共排查矛盾纠纷18起，化解17起，调解成功率达94%以上……"
        onChange={(event) => onText(event.target.value, { fileName: null, messages: [] })}
      />
      {/* The native file input speaks the browser's language ("Choose File"):
          it stays in the page for keyboard and screen readers, visually hidden,
          and its label is the button people see. */}
      <div className="extract-input__file">
        <input
          id={`${id}-file`}
          className="extract-input__file-input visually-hidden"
          type="file"
          accept=".txt,text/plain"
          aria-describedby={`${id}-file-hint`}
          onChange={onChoose}
        />
        <label htmlFor={`${id}-file`} className="extract-button">
          选择报告文件…
        </label>
        <span id={`${id}-file-hint`}>{fileName ? `已读取：${fileName}` : '.txt 文本文件，UTF-8 或 GBK 编码均可'}</span>
      </div>
      {fileMessage ? (
        <p className="extract-message extract-message--error" role="alert">
          {fileMessage}
        </p>
      ) : null}
    </div>
  );
}
