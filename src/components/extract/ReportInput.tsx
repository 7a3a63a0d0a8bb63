// Where the report comes in: paste into the text box (a page copied from a
// website comes in without its navigation), or choose / drop a .docx, text
// .pdf or .txt file (read in the browser by src/report-file, nothing is uploaded).

import { useId, useMemo, useState, type ChangeEvent, type ClipboardEvent, type DragEvent } from 'react';
import { isLongText } from '../../desk/drafting';
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

/** What stands in place of the text box for a very long text: its size, and a way to start over. */
function LongTextHeld({ id, text, onClear }: { id: string; text: string; onClear: () => void }) {
  // Measured once per text, not on every render (encoding 5 MB takes a while).
  const megabytes = useMemo(() => new Blob([text]).size / (1024 * 1024), [text]);
  return (
    <div id={id} className="extract-input__long" role="group" aria-label="报告原文（长文本）" tabIndex={-1}>
      <p>
        已载入很长的文本：{text.length.toLocaleString('zh-CN')} 字（约 {megabytes.toFixed(1)} MB），通常一份报告只有几千到几万字。为使页面不卡顿，长文本不放在输入框里编辑，数字在下面的原文中逐页标出。
      </p>
      <p>如果粘贴了多份报告或整个网页，请清空后只粘贴一份报告；要修改文字，请在文字处理软件中改好后重新粘贴或选择文件。</p>
      <button type="button" className="extract-button" onClick={onClear}>
        清空，重新粘贴
      </button>
    </div>
  );
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
  // A very long plain text is taken by the page, not inserted into the box (see isLongText).
  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const box = event.currentTarget;
    const at = (pastedText: string) => `${text.slice(0, box.selectionStart)}${pastedText}${text.slice(box.selectionEnd)}`;
    const html = event.clipboardData.getData('text/html');
    const plain = event.clipboardData.getData('text/plain');
    const pasted = html === '' ? null : pastedReportText(html, plain);
    if (pasted && pasted.text !== null && pasted.kind === 'html') {
      event.preventDefault();
      onText(at(pasted.text), { fileName: null, messages: pasted.messages });
    } else if (isLongText(at(plain))) {
      event.preventDefault();
      onText(at(plain), { fileName: null, messages: [] });
    }
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
      {isLongText(text) ? (
        <LongTextHeld id={`${id}-text`} text={text} onClear={() => onText('', { fileName: null, messages: [] })} />
      ) : (
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
      )}
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
