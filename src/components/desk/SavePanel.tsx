// 保存: the reviewed report merged into the whole data folder, saved as a .zip
// of the complete folder (any browser) or written straight into the data
// folder the clerk picks (browsers with the File System Access API), and a
// preview of the dashboard with the draft merged in (kept in this browser).
// An existing report of the same township and year is only replaced after
// the clerk ticks the confirmation; its files then go to backup/.

import { useEffect, useId, useMemo, useState } from 'react';
import { PREVIEW_PARAM, previewState } from '../../app/preview-flag';
import { readBatch, siteScope, writeBatch, type BatchItem } from '../../desk/batch';
import { canWriteFolders, downloadBytes, pickFolder, type DirectoryHandle } from '../../desk/folder-io';
import { formulaCells } from '../../desk/formula-cells';
import type { ExistingReport } from '../../desk/merge';
import { storePreview } from '../../desk/preview';
import { resolveDataFolder, saveAsZip, saveToFolder, type SaveResult } from '../../desk/save-package';
import type { DeskEntry } from '../../desk/types';
import './desk.css';
import { SaveBlocked, SaveDone, SaveRefused } from './SavePanelOutcome';

export interface SavePanelProps {
  /** Null while the township, year or title is missing (then `issues` says what). */
  entry: DeskEntry | null;
  issues: readonly string[];
  /** The township's report for that year already in the site's data. */
  existingInSite: { title: string } | null;
  baseUrl: string;
}

type How = 'zip' | 'folder';

type Status =
  | { kind: 'idle' }
  | { kind: 'working'; text: string }
  | { kind: 'failed'; text: string }
  | { kind: 'done'; how: How; result: SaveResult };

function describeExisting(existing: ExistingReport): string {
  const parts = [existing.title ? `报告“${existing.title}”` : '', existing.metricRows > 0 ? `${existing.metricRows} 行指标` : '', existing.shortcomingRows > 0 ? `${existing.shortcomingRows} 行问题` : '', existing.textFile ? '报告原文文件' : ''];
  return parts.filter(Boolean).join('、');
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function SavePanel({ entry, issues, existingInSite, baseUrl }: SavePanelProps) {
  const id = useId();
  const scope = siteScope(window.location.href);
  const [confirmReplace, setConfirmReplace] = useState(false);
  const [needsConfirm, setNeedsConfirm] = useState<ExistingReport | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [folder, setFolder] = useState<DirectoryHandle | null>(null);
  const [confirmNewSite, setConfirmNewSite] = useState(false);
  const [batch, setBatch] = useState(() => {
    const store = storage();
    return store ? readBatch(store, scope) : { items: [] as BatchItem[], problem: null };
  });
  // A confirmation is for one township and year: choosing another asks again.
  const target = entry ? `${entry.township.id}|${entry.year}` : '';
  useEffect(() => {
    setConfirmReplace(false);
    setNeedsConfirm(null);
  }, [target]);
  // "Saved" speaks of what was saved: an edit after it clears the message.
  const content = entry
    ? [target, entry.title, entry.published, entry.reportText.length, JSON.stringify(entry.metrics), JSON.stringify(entry.shortcomings)].join('|')
    : '';
  useEffect(() => {
    setStatus((current) => (current.kind === 'working' ? current : { kind: 'idle' }));
  }, [content]);
  const formulas = useMemo(() => (entry ? formulaCells(entry) : []), [entry]);
  const busy = status.kind === 'working';
  const folderSupported = canWriteFolders();
  const mustConfirm = existingInSite !== null || needsConfirm !== null;
  const ready = entry !== null && (!mustConfirm || confirmReplace);
  const earlier = batch.items.filter((item) => !entry || item.entry.township.id !== entry.township.id || item.entry.year !== entry.year);

  const rememberBatch = (items: BatchItem[]) => {
    const store = storage();
    if (store) writeBatch(store, scope, items);
    setBatch({ items, problem: null });
  };

  const run = async (how: How, task: (step: (text: string) => void) => Promise<SaveResult>) => {
    setStatus({ kind: 'working', text: '正在准备……' });
    try {
      const result = await task((text) => setStatus({ kind: 'working', text }));
      if (result.status === 'needs_confirmation') {
        setNeedsConfirm(result.existing);
        setStatus({ kind: 'idle' });
        return;
      }
      if (result.status === 'saved') rememberBatch(result.batch);
      setStatus({ kind: 'done', how, result });
    } catch (error) {
      setStatus({ kind: 'failed', text: `保存没有完成：${error instanceof Error ? error.message : String(error)}` });
    }
  };

  const saveOptions = () => ({ replaceExisting: confirmReplace, allowMissingTables: confirmNewSite, earlier: batch.items });
  const onZip = () => {
    if (!entry) return;
    void run('zip', (onStep) => saveAsZip(baseUrl, entry, { ...saveOptions(), onStep, deliver: (name, bytes) => downloadBytes(name, bytes, 'application/zip') }));
  };
  const onFolder = async () => {
    if (!entry) return;
    let dir = folder;
    if (!dir) {
      const picked = await pickFolder();
      if (!picked) return;
      const resolved = await resolveDataFolder(picked);
      if (typeof resolved === 'string') {
        setStatus({ kind: 'failed', text: resolved });
        return;
      }
      dir = resolved;
      setFolder(dir);
    }
    const chosen = dir;
    void run('folder', (onStep) => saveToFolder(chosen, entry, { ...saveOptions(), onStep }));
  };
  const retry = (how: How) => (how === 'zip' ? onZip() : void onFolder());
  const onPreview = () => {
    if (!entry) return;
    storePreview(window.localStorage, { entry, replaceExisting: mustConfirm, savedAt: new Date().toISOString() }, scope);
    const url = new URL(`?${PREVIEW_PARAM}=1#view=overview&year=${entry.year}`, window.location.href);
    window.open(url.href, '_blank');
  };
  const missing = status.kind === 'done' && status.result.status === 'missing_tables' ? status.result.missing : null;

  // A preview tab reads the data with the previewed draft in it: saving from there would
  // publish that draft unseen, so it saves nothing.
  if (previewState().active) {
    return (
      <section className="extract-section desk-save" aria-labelledby={`${id}-heading`}>
        <h3 id={`${id}-heading`}>保存到数据文件夹</h3>
        <p className="extract-message extract-message--warning">这是预览页面（数据中含有未发布的草稿），不能在这里保存。请回到原来的“报告解析”标签页保存。</p>
      </section>
    );
  }

  return (
    <section className="extract-section desk-save" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>保存到数据文件夹</h3>
      {entry ? (
        <p className="desk-save__summary">
          将加入：{entry.township.name}（{entry.township.county}）{entry.newTownship ? '【新乡镇，编号 ' + entry.township.id + '】' : ''} {entry.year} 年报告“{entry.title}”，指标 {entry.metrics.length} 行，存在的问题 {entry.shortcomings.length} 行，报告原文存为 reports/{entry.township.id}-{entry.year}.txt。
        </p>
      ) : (
        <ul className="extract-message extract-message--error" id={`${id}-issues`}>
          {issues.map((issue) => (
            <li key={issue}>{issue}</li>
          ))}
        </ul>
      )}
      {formulas.length > 0 ? (
        <div className="extract-message extract-message--warning desk-formulas">
          <p>
            下面 {formulas.length} 个单元格以 = + - @ 或制表符开头：在 Excel 或 WPS 里双击打开保存的 CSV 时，它们会被当作公式运行。数据文件会照原文保存（引文核对需要与原文一致）；以后用表格软件查看这些
            CSV 时，请按 data/README.md 说的“导入为文本”打开，不要双击打开。
          </p>
          <ul>
            {formulas.map((cell) => (
              <li key={cell.where}>
                {cell.where}：{cell.value}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {batch.problem ? (
        <p className="extract-message extract-message--warning">
          {batch.problem}
          <button type="button" className="extract-button" onClick={() => rememberBatch([])}>
            清除这条记录
          </button>
        </p>
      ) : null}
      {earlier.length > 0 ? (
        <div className="desk-batch">
          <p>
            本浏览器已保存、网站上还没有的报告（{earlier.length} 份）。这次保存的数据包会连同它们一起保存，只需部署最后一个数据包；网站上已有的报告会自动从这里移除：
          </p>
          <ul>
            {earlier.map((item) => (
              <li key={`${item.entry.township.id}-${item.entry.year}`}>
                {item.entry.township.name} {item.entry.year} 年：{item.entry.title}（{item.savedAt.slice(0, 16).replace('T', ' ')} 保存）{' '}
                <button
                  type="button"
                  className="extract-button"
                  disabled={busy}
                  onClick={() => rememberBatch(batch.items.filter((other) => other !== item))}
                  aria-label={`从本批次移除 ${item.entry.township.name} ${item.entry.year} 年的报告`}
                >
                  从本批次移除
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {mustConfirm ? (
        <div className="desk-confirm" role="alert">
          <p>
            数据中已有这个乡镇这一年度的报告
            {needsConfirm ? `（${describeExisting(needsConfirm)}）` : existingInSite ? `（“${existingInSite.title}”）` : ''}。保存会用这份报告替换它：原有的行会被移除，原来的文件作为备份保存在
            backup/ 文件夹中。其他乡镇、其他年度的数据不受影响。
          </p>
          <label>
            <input type="checkbox" checked={confirmReplace} onChange={(e) => setConfirmReplace(e.target.checked)} />
            我确认替换已有的报告
          </label>
        </div>
      ) : null}
      <div className="extract-toolbar desk-save__buttons">
        <button type="button" className="extract-button" disabled={entry === null || busy} onClick={onPreview}>
          预览看板（新标签页）
        </button>
        <button type="button" className="extract-button extract-button--primary" disabled={!ready || busy} onClick={onZip}>
          下载完整数据包（.zip）
        </button>
        {folderSupported ? (
          <button type="button" className="extract-button extract-button--primary" disabled={!ready || busy} onClick={() => void onFolder()}>
            {folder ? `写入数据文件夹“${folder.name}”` : '直接写入数据文件夹…'}
          </button>
        ) : null}
      </div>
      <p className="extract-hint">
        预览只在本浏览器中打开，不会改动网站上的文件。数据包包含看板需要的全部数据文件（data 文件夹）：解压后，把其中 data 文件夹里的全部文件复制到网站的 data 文件夹中（覆盖同名文件），刷新看板即可。
        {folderSupported
          ? '“直接写入”会把新行写进您选择的 data 文件夹（例如共享盘上网站的 data 文件夹），只改动需要改的文件。'
          : '本浏览器不能直接写入文件夹（需要 Chrome 或 Edge 86 及以上版本），请下载数据包。'}
      </p>
      <div role="status" aria-live="polite">
        {status.kind === 'working' ? <p className="extract-message">{status.text}</p> : null}
        {status.kind === 'failed' ? <p className="extract-message extract-message--error">{status.text}</p> : null}
      </div>
      {missing ? (
        <div className="desk-confirm" role="alert">
          <p>
            网站上没有这些数据表：{missing.join('、')}（服务器答复“文件不存在”）。如果这是一个新网站、这是它的第一个数据包，请勾选下面的确认，数据包会新建这些表；否则请检查网站地址或联系 IT
            人员，不要保存。
          </p>
          <label>
            <input type="checkbox" checked={confirmNewSite} onChange={(e) => setConfirmNewSite(e.target.checked)} />
            这是新网站的第一个数据包，新建这些数据表
          </label>
        </div>
      ) : null}
      {status.kind === 'done' && status.result.status === 'unreadable' ? <SaveRefused result={status.result} onRetry={() => retry(status.how)} /> : null}
      {status.kind === 'done' && status.result.status === 'blocked' ? <SaveBlocked messages={status.result.messages} /> : null}
      {status.kind === 'done' && status.result.status === 'saved' ? <SaveDone how={status.how} result={status.result} /> : null}
    </section>
  );
}
