// Shown in place of a view when a data file it needs gave nothing: says
// plainly that nothing can be shown, which file, and why — instead of a chart
// in which every figure reads 未报告 (src/app/data-gaps.ts decides).
import type { UnusableFile } from '../data/file-status';

export function DataGapNotice({ files, everything }: { files: readonly UnusableFile[]; everything: boolean }) {
  return (
    <section className="error-box data-gap" role="alert" aria-labelledby="data-gap-title">
      <h2 id="data-gap-title">{everything ? '没有可显示的数据' : '这一页的数据无法显示'}</h2>
      <p>
        {everything
          ? '下列数据文件无法使用，页面上没有可以比较的乡镇和报告：'
          : '这一页要用到下列数据文件，但它们无法使用。这里不显示图表，以免把“无法读取”误读为“报告未提及”：'}
      </p>
      <ul className="data-gap__files">
        {files.map((f) => (
          <li key={f.file}>
            <strong>{f.file}</strong>：{f.reason}
          </li>
        ))}
      </ul>
      <p>请按上面“数据问题”中的提示修改 data 文件夹中的文件，改好后刷新页面（也可以运行 npm run check-data 逐条检查）。</p>
    </section>
  );
}
