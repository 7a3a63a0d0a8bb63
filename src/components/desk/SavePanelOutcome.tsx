// What a save ended with, as the clerk reads it: the refusal (which file
// could not be read and why, with 重试), the tables a new site lacks, the
// reasons a package was not built, or the saved package with its row counts
// per table and the check-data findings.

import type { SaveResult } from '../../desk/save-package';
import { failureMessage } from '../../desk/site-read';
import { describeCount } from '../../desk/table-guard';
import { CheckResults } from './CheckResults';

export function SaveRefused({ result, onRetry }: { result: Extract<SaveResult, { status: 'unreadable' }>; onRetry: () => void }) {
  return (
    <div className="extract-message extract-message--error desk-refused" role="alert">
      <p>
        <strong>没有保存：</strong>
        {result.where === 'site' ? '网站上有数据文件没有读到。' : '所选文件夹里有文件没有读到。'}为了不丢失已有的数据，没有生成{result.where === 'site' ? '数据包' : '任何文件'}，也没有改动任何文件。
      </p>
      <ul>
        {result.failures.map((failure) => (
          <li key={failure.path}>{failureMessage(failure, result.where)}</li>
        ))}
      </ul>
      <p>
        {result.where === 'site'
          ? '请稍等片刻再点“重试”。如果一再失败，请先在浏览器里打开看板确认它能正常显示，或联系管理网站的 IT 人员检查服务器；不要用其他办法拼凑数据包。'
          : '请确认文件没有被其他程序（WPS、Excel）打开，然后点“重试”。'}
      </p>
      <button type="button" className="extract-button extract-button--primary" onClick={onRetry}>
        重试
      </button>
    </div>
  );
}

export function SaveBlocked({ messages }: { messages: readonly string[] }) {
  return (
    <div className="extract-message extract-message--error" role="alert">
      <p>没有保存：</p>
      <ul>
        {messages.map((m) => (
          <li key={m}>{m}</li>
        ))}
      </ul>
    </div>
  );
}

export function SaveDone({ how, result }: { how: 'zip' | 'folder'; result: Extract<SaveResult, { status: 'saved' }> }) {
  const lead =
    how === 'zip'
      ? `已下载数据包 ${result.fileName ?? ''}。解压后把其中 data 文件夹里的全部文件复制到网站的 data 文件夹（覆盖同名文件），刷新看板即可看到新报告。`
      : '已写入所选的数据文件夹。刷新看板即可看到新报告。';
  const lost = result.counts.some((c) => c.lost > 0);
  return (
    <div className="desk-saved">
      <p className="extract-message desk-saved__lead">{lead}</p>
      {result.batch.length > 1 ? (
        <div className="extract-hint">
          <p>这个数据包包含本次保存的全部 {result.batch.length} 份报告（之前保存、尚未部署到网站的报告也在里面）：</p>
          <ul>
            {result.batch.map((item) => (
              <li key={`${item.entry.township.id}-${item.entry.year}`}>
                {item.entry.township.name} {item.entry.year} 年：{item.entry.title}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <section className={`desk-counts${lost ? ' desk-counts--lost' : ''}`} aria-label="各数据表的行数">
        <h4>各数据表的行数（与保存前网站上的数据相比）</h4>
        <ul>
          {result.counts.map((count) => (
            <li key={count.file}>{describeCount(count)}</li>
          ))}
        </ul>
      </section>
      <p className="extract-hint">
        新写入或更新的文件：{result.written.join('、')}。{result.backups.length > 0 ? `原有文件的备份：${result.backups.join('、')}。` : ''}
      </p>
      <CheckResults check={result.check} heading="保存后的数据检查（与 npm run check-data 相同）" />
    </div>
  );
}
