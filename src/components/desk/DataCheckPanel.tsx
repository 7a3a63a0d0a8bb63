// 检查数据文件夹: drop a data folder, CSV files or a data package (.zip) on
// the page and get the same findings as `npm run check-data` (the same code:
// src/data/check-folder.ts), in Chinese, file:line. Files not given are taken
// from the site, and the page says which. Nothing is uploaded.

import { useId, useState, type ChangeEvent, type DragEvent } from 'react';
import { checkDataFolder, DATA_FILES, type FolderCheck } from '../../data/index';
import { fewerRowsThanSite, prepareGivenFolder } from '../../desk/check-input';
import { chosenFiles, droppedFiles, filesToFolder, PackageError, reportFilesIn } from '../../desk/folder-io';
import { folderReader } from '../../desk/save-package';
import { failureMessage, readSiteFolder } from '../../desk/site-read';
import type { DataFolderFiles } from '../../desk/types';
import { CheckResults } from './CheckResults';
import './desk.css';

export interface DataCheckPanelProps {
  baseUrl: string;
}

type State =
  | { kind: 'idle' }
  | { kind: 'working'; text: string }
  | { kind: 'failed'; text: string }
  | { kind: 'done'; check: FolderCheck; notes: string[]; warnings: string[] };

/** The files the check needs that the clerk did not give. */
function missingFiles(given: DataFolderFiles): string[] {
  const tables = Object.values(DATA_FILES).filter((f) => !given.has(f));
  const reportsCsv = given.get(DATA_FILES.reports);
  const reports = reportsCsv ? reportFilesIn(reportsCsv).filter((f) => !given.has(f)) : [];
  return [...tables, ...reports];
}

export function DataCheckPanel({ baseUrl }: DataCheckPanelProps) {
  const id = useId();
  const [dragging, setDragging] = useState(false);
  const [state, setState] = useState<State>({ kind: 'idle' });

  const check = async (files: Array<[string, File]>) => {
    if (files.length === 0) return;
    setState({ kind: 'working', text: '正在读取文件……' });
    try {
      const prepared = prepareGivenFolder(await filesToFolder(files));
      if (prepared.status === 'refused') {
        setState({ kind: 'failed', text: prepared.message });
        return;
      }
      const given = prepared.folder;
      const notes = [...prepared.notes];
      setState({ kind: 'working', text: '正在读取网站上现有的数据文件……' });
      // The site's files fill in what was not given, and show what deploying the given files would lose.
      const site = await readSiteFolder(baseUrl);
      const fromSite = missingFiles(given).filter((f) => site.files.has(f));
      if (fromSite.length > 0) notes.push(`以下文件您没有提供，按网站上现有的文件检查：${fromSite.join('、')}`);
      const unreadable = site.failures.filter((f) => !given.has(f.path));
      if (unreadable.length > 0) notes.push(`网站上的这些文件没有读到，无法与您的文件比较：${unreadable.map((f) => failureMessage(f, 'site')).join(' ')}`);
      const folder: DataFolderFiles = new Map([...site.files, ...given]);
      setState({ kind: 'working', text: '正在检查……' });
      const result = await checkDataFolder(folderReader(folder));
      setState({ kind: 'done', check: result, notes, warnings: fewerRowsThanSite(given, site.files) });
    } catch (error) {
      const text = error instanceof PackageError ? error.message : `无法读取这些文件：${error instanceof Error ? error.message : String(error)}`;
      setState({ kind: 'failed', text });
    }
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    void droppedFiles(event.dataTransfer).then(check, (error: unknown) => setState({ kind: 'failed', text: String(error) }));
  };
  const onChoose = (event: ChangeEvent<HTMLInputElement>) => {
    const files = event.target.files ? chosenFiles(event.target.files) : [];
    event.target.value = '';
    void check(files);
  };
  // React has no typed prop for choosing a folder; Chromium reads webkitdirectory.
  const folderInput = { webkitdirectory: '', directory: '' } as Record<string, string>;

  return (
    <section className="extract-section desk-check-panel" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>检查数据文件夹</h3>
      <p className="extract-hint">
        修改过 data 文件夹里的文件（例如用 WPS 或 Excel 改了 metrics.csv）后，把整个 data 文件夹、改过的 CSV 文件或下载的数据包（.zip）拖到下面，页面会逐行检查，结果与 IT
        人员运行的 npm run check-data 相同。文件只在本机浏览器中读取，不会上传。
      </p>
      <div
        className={`desk-drop${dragging ? ' desk-drop--dragging' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p>把 data 文件夹或 CSV 文件拖到这里，或者：</p>
        <div className="extract-input__file">
          <input id={`${id}-folder`} className="visually-hidden" type="file" multiple onChange={onChoose} {...folderInput} />
          <label htmlFor={`${id}-folder`} className="extract-button">
            选择 data 文件夹…
          </label>
          <input id={`${id}-files`} className="visually-hidden" type="file" multiple accept=".csv,.txt,.zip,text/csv,text/plain,application/zip" onChange={onChoose} />
          <label htmlFor={`${id}-files`} className="extract-button">
            选择文件（CSV、TXT 或 .zip）…
          </label>
        </div>
      </div>
      <div role="status" aria-live="polite">
        {state.kind === 'working' ? <p className="extract-message">{state.text}</p> : null}
        {state.kind === 'failed' ? <p className="extract-message extract-message--error">{state.text}</p> : null}
      </div>
      {state.kind === 'done' ? <CheckResults check={state.check} heading="检查结果" notes={state.notes} warnings={state.warnings} /> : null}
    </section>
  );
}
