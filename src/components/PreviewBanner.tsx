// Says, on every view, that the page shows a draft that is not published:
// which report was merged in, that it lives only in this browser, and how
// to get back to the published data.

import { leavePreviewUrl, previewState } from '../app/preview-flag';
import { siteScope } from '../desk/batch';
import { clearPreview } from '../desk/preview';
import './preview-banner.css';

export function PreviewBanner() {
  const state = previewState();
  if (!state.active) return null;
  const draft = state.draft;
  return (
    <div className="preview-banner" role="note" aria-label="预览说明">
      <strong>预览（未发布）</strong>
      {draft ? (
        <span>
          本页含尚未发布的草稿：{draft.entry.township.name} {draft.entry.year} 年报告（指标 {draft.entry.metrics.length} 行，问题 {draft.entry.shortcomings.length} 行
          {draft.replaceExisting ? '，替换原有报告' : ''}）。草稿只保存在本浏览器中，网站上的文件没有改动。
        </span>
      ) : state.problem ? (
        <span>
          {state.problem}下面显示的是网站上已发布的数据。{' '}
          <button
            type="button"
            onClick={() => {
              clearPreview(window.localStorage, siteScope(window.location.href));
              window.location.href = leavePreviewUrl();
            }}
          >
            丢弃这个草稿
          </button>
        </span>
      ) : (
        <span>本浏览器中没有可预览的草稿（可能已被清除），下面显示的是网站上已发布的数据。</span>
      )}
      <a href={leavePreviewUrl()}>查看已发布的数据</a>
    </div>
  );
}
