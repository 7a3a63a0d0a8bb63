// Where the report comes in: paste into the text box (a page copied from a
// website comes in without its navigation), or choose / drop a .docx, text
// .pdf or .txt file (read in the browser by src/report-file, nothing is uploaded).

import { useId, useState, type ChangeEvent, type ClipboardEvent, type DragEvent } from 'react';
import { pastedReportText, readReportFile } from '../../report-file';

export interface ReportInputProps {
  text: string;
  onText: (text: string, source: { fileName: string | null; messages: string[] }) => void;
}

async function readFile(file: File): Promise<{ text: string | null; messages: string[] }> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const read = await readReportFile(bytes, file.name);
  return { text: read.text, messages: read.messages };
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
  // A page copied from a government website: its HTML, without menus and footers, at the cursor.
  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const html = event.clipboardData.getData('text/html');
    if (html === '') return;
    const pasted = pastedReportText(html, event.clipboardData.getData('text/plain'));
    if (pasted.text === null || pasted.kind !== 'html') return;
    event.preventDefault();
    const box = event.currentTarget;
    onText(`${text.slice(0, box.selectionStart)}${pasted.text}${text.slice(box.selectionEnd)}`, { fileName: null, messages: pasted.messages });
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
        onPaste={onPaste}
      />
      {/* The native file input speaks the browser's language ("Choose File"):
          it stays in the page for keyboard and screen readers, visually hidden,
          and its label is the button people see. */}
      <div className="extract-input__file">
        <input
          id={`${id}-file`}
          className="extract-input__file-input visually-hidden"
          type="file"
          accept=".txt,.docx,.pdf,.html,.htm,text/plain,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          aria-describedby={`${id}-file-hint`}
          onChange={onChoose}
        />
        <label htmlFor={`${id}-file`} className="extract-button">
          选择报告文件…
        </label>
        <span id={`${id}-file-hint`}>{fileName ? `已读取：${fileName}` : 'Word（.docx）、可复制文字的 PDF 或 .txt 文本文件'}</span>
      </div>
      {fileMessage ? (
        <p className="extract-message extract-message--error" role="alert">
          {fileMessage}
        </p>
      ) : null}
    </div>
  );
}
