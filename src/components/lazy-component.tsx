// A component whose code is its own chunk, fetched on first use (issues 8 and
// 19: 指标一览, 历年变化, the 简报's 历年变化 section, 概览 and the provenance
// panel keep the JS a chart view loads within its budget). Not React.lazy, for
// the reason LazyEChart.tsx gives (React 19 throttles Suspense reveals by
// 300 ms). While a view's chunk loads, a pending chart entry keeps "every
// chart drawn" false (the view is not complete, nor ready to print); a panel
// beside the view (`{ partOfView: false }`) holds nothing back.
import { createElement, useEffect, useState, type ComponentType } from 'react';
import { PendingChart } from './PendingChart';

export function lazyComponent<P extends object>(
  load: () => Promise<ComponentType<P>>,
  name: string,
  { partOfView = true }: { partOfView?: boolean } = {},
) {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const get = (): Promise<ComponentType<P>> => {
    if (!loading) {
      loading = load().then((component) => {
        loaded = component;
        return component;
      });
    }
    return loading;
  };

  function LazyComponent(props: P) {
    const [component, setComponent] = useState<ComponentType<P> | null>(() => loaded);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (component) return;
      let cancelled = false;
      get().then(
        (c) => !cancelled && setComponent(() => c),
        () => !cancelled && setFailed(true),
      );
      return () => {
        cancelled = true;
      };
    }, [component]);
    // Thrown to the view's error boundary, which says so in Chinese.
    if (failed) throw new Error(`程序文件（${name}）无法加载`);
    if (component) return createElement(component, props);
    return (
      <>
        {partOfView ? <PendingChart name={name} /> : null}
        <p className="muted" role="status">
          正在加载……
        </p>
      </>
    );
  }
  return LazyComponent;
}
