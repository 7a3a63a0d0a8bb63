// 报告解析: the extraction page of issue 5, loaded only when this view opens
// (its own chunk, not in the initial JS). import.meta.glob finds the page if
// it exists, so the dashboard builds before and after it lands.
import { lazy, Suspense, type ComponentType } from 'react';
import type { MetricDefinition, Report, ShortcomingCategory, Township } from '../../data/types';

/** What the page accepts; without them it reads the catalogue and categories from data/ itself. */
interface ExtractPageProps {
  metricCatalog?: MetricDefinition[];
  categories?: ShortcomingCategory[];
  townships?: Township[];
  reports?: Report[];
}

type ExtractModule = { default?: ComponentType<ExtractPageProps>; ExtractPage?: ComponentType<ExtractPageProps> };

const loaders = import.meta.glob<ExtractModule>('../extract/ExtractPage.tsx');
const loadExtractPage = Object.values(loaders)[0];

const ExtractPage = loadExtractPage
  ? lazy(async () => {
      const module = await loadExtractPage();
      const component = module.default ?? module.ExtractPage;
      if (!component) throw new Error('ExtractPage.tsx exports no component');
      return { default: component };
    })
  : null;

export function ExtractView(props: ExtractPageProps) {
  return (
    <section className="view" aria-labelledby="extract-heading">
      <div className="view__intro">
        <h2 id="extract-heading">报告解析</h2>
      </div>
      {ExtractPage ? (
        <Suspense fallback={<p className="muted" role="status">正在加载报告解析工具……</p>}>
          <ExtractPage {...props} />
        </Suspense>
      ) : (
        <p className="placeholder">报告解析工具尚未安装：这里将可以粘贴或拖入一份报告，自动草拟 metrics.csv 的数据行。</p>
      )}
    </section>
  );
}
