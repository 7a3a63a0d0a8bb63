// 保存: the reviewed report merged into the whole data folder, saved as a .zip
// of the complete folder (any browser) or written straight into the data
// folder the clerk picks (browsers with the File System Access API), and a
// preview of the dashboard with the draft merged in (kept in this browser).
// An existing report of the same township and year is only replaced after
// the clerk ticks the confirmation; its files then go to backup/.

import { useEffect, useId, useState } from 'react';
import { PREVIEW_PARAM, previewState } from '../../app/preview-flag';
import type { ExistingReport } from '../../desk/merge';
import { storePreview } from '../../desk/preview';
import type { DeskEntry } from '../../desk/types';
import { CheckResults } from './CheckResults';
import './desk.css';
import { canWriteFolders, pickFolder, type DirectoryHandle } from '../../desk/folder-io';
import { resolveDataFolder, saveAsZip, saveToFolder, type SaveResult } from '../../desk/save-package';

export interface SavePanelProps {
  /** Null while the township, year or title is missing (then `issues` says what). */
  entry: DeskEntry | null;
  issues: readonly string[];
  /** The township's report for that year already in the site's data. */
  existingInSite: { title: string } | null;
  baseUrl: string;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'working'; text: string }
  | { kind: 'failed'; text: string }
  | { kind: 'done'; how: 'zip' | 'folder'; result: SaveResult };

function describeExisting(existing: ExistingReport): string {
  const parts = [existing.title ? `报告“${existing.title}”` : '', existing.metricRows > 0 ? `${existing.metricRows} 行指标` : '', existing.shortcomingRows > 0 ? `${existing.shortcomingRows} 行问题` : '', existing.textFile ? '报告原文文件' : ''];
  return parts.filter(Boolean).join('、');
}

export function SavePanel({ entry, issues, existingInSite, baseUrl }: SavePanelProps) {
  const id = useId();
  const [confirmReplace, setConfirmReplace] = useState(false);
  const [needsConfirm, setNeedsConfirm] = useState<ExistingReport | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [folder, setFolder] = useState<DirectoryHandle | null>(null);
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
  const busy = status.kind === 'working';
  const folderSupported = canWriteFolders();
  const mustConfirm = existingInSite !== null || needsConfirm !== null;
  const ready = entry !== null && (!mustConfirm || confirmReplace);

  const run = async (how: 'zip' | 'folder', task: (step: (text: string) => void) => Promise<SaveResult>) => {
    setStatus({ kind: 'working', text: '正在准备……' });
    try {
      const result = await task((text) => setStatus({ kind: 'working', text }));
      if (result.status === 'needs_confirmation') {
        setNeedsConfirm(result.existing);
        setStatus({ kind: 'idle' });
        return;
      }
      setStatus({ kind: 'done', how, result });
    } catch (error) {
      setStatus({ kind: 'failed', text: `保存没有完成：${error instanceof Error ? error.message : String(error)}` });
    }
  };

  const onZip = () => {
    if (entry) void run('zip', (step) => saveAsZip(baseUrl, entry, confirmReplace, step));
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
    const target = dir;
    void run('folder', (step) => saveToFolder(target, entry, confirmReplace, step));
  };
  const onPreview = () => {
    if (!entry) return;
    storePreview(window.localStorage, { entry, replaceExisting: mustConfirm, savedAt: new Date().toISOString() });
    const url = new URL(`?${PREVIEW_PARAM}=1#view=overview&year=${entry.year}`, window.location.href);
    window.open(url.href, '_blank');
  };

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
      {status.kind === 'done' ? <SaveOutcome how={status.how} result={status.result} /> : null}
    </section>
  );
}

function SaveOutcome({ how, result }: { how: 'zip' | 'folder'; result: SaveResult }) {
  if (result.status === 'blocked') {
    return (
      <div className="extract-message extract-message--error" role="alert">
        <p>没有保存：</p>
        <ul>
          {result.messages.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      </div>
    );
  }
  if (result.status !== 'saved') return null;
  const lead =
    how === 'zip'
      ? `已下载数据包 ${result.fileName ?? ''}。解压后把其中 data 文件夹里的全部文件复制到网站的 data 文件夹（覆盖同名文件），刷新看板即可看到新报告。`
      : '已写入所选的数据文件夹。刷新看板即可看到新报告。';
  return (
    <div className="desk-saved">
      <p className="extract-message desk-saved__lead">{lead}</p>
      <p className="extract-hint">
        新写入或更新的文件：{result.written.join('、')}。{result.backups.length > 0 ? `原有文件的备份：${result.backups.join('、')}。` : ''}
      </p>
      <CheckResults check={result.check} heading="保存后的数据检查（与 npm run check-data 相同）" />
    </div>
  );
}
