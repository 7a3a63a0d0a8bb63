// A component whose code is its own chunk, fetched on first use (issues 8 and
// 19: 指标一览, 历年变化, the 简报's 历年变化 section, 概览 and the provenance
// panel keep the JS a chart view loads within its budget). Not React.lazy, for
// the reason LazyEChart.tsx gives (React 19 throttles Suspense reveals by
// 300 ms). While a view's chunk loads, a pending chart entry keeps "every
// chart drawn" false (the view is not complete, nor ready to print); a panel
// beside the view (`{ partOfView: false }`) holds nothing back.
import { createElement, useEffect, useReducer, useState, type ComponentType } from 'react';
import { PendingChart } from './PendingChart';

/** What a view needs of a lazy part to wait for it (usePartsLoaded). */
export interface LazyPart {
  /** Starts the fetch (once); resolves when the chunk is in. */
  preload: () => Promise<unknown>;
  /** True once the chunk is in or has failed to load. */
  settled: () => boolean;
}

export function lazyComponent<P extends object>(
  load: () => Promise<ComponentType<P>>,
  name: string,
  { partOfView = true, pendingText = '正在加载……' }: { partOfView?: boolean; pendingText?: string } = {},
) {
  const code = lazyModule(load);

  function LazyComponent(props: P) {
    const [component, setComponent] = useState<ComponentType<P> | null>(() => code.loaded());
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (component) return;
      let cancelled = false;
      code.preload().then(
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
    return <PendingPart name={name} text={pendingText} partOfView={partOfView} />;
  }
  // Starts the fetch ahead of first use: a view fetches the chunks it will
  // need beside its own instead of one after the other.
  LazyComponent.preload = code.preload;
  LazyComponent.settled = code.settled;
  return LazyComponent;
}

/**
 * Code (not a component) in a chunk of its own, for a view that waits for it
 * with usePartsLoaded and then reads it synchronously with `loaded()`.
 */
export function lazyModule<M>(load: () => Promise<M>): { preload: () => Promise<M>; settled: () => boolean; loaded: () => M | null } {
  let module: M | null = null;
  let loading: Promise<M> | null = null;
  let settled = false;
  const preload = (): Promise<M> => {
    loading ??= load().then(
      (loadedModule) => {
        module = loadedModule;
        settled = true;
        return loadedModule;
      },
      (error: unknown) => {
        settled = true;
        throw error;
      },
    );
    return loading;
  };
  return { preload, settled: () => settled, loaded: () => module };
}

/**
 * True once every chunk of `parts` has loaded (or failed: its component then
 * says so), fetching those not yet asked for. A view that renders only then
 * draws its charts in one pass: a part that arrived later was rendered, laid
 * out and drawn again after the rest, a tenth of a second at prefecture scale.
 */
export function usePartsLoaded(parts: readonly LazyPart[]): boolean {
  const [, recheck] = useReducer((n: number) => n + 1, 0);
  const waiting = parts.filter((part) => !part.settled());
  const waitingKey = waiting.length;
  useEffect(() => {
    if (waiting.length === 0) return;
    let cancelled = false;
    void Promise.allSettled(waiting.map((part) => part.preload())).then(() => !cancelled && recheck());
    return () => {
      cancelled = true;
    };
    // `waiting` follows from `parts` (memoised by the caller) and its length.
  }, [waitingKey, parts]);
  return waiting.length === 0;
}

/** The loading line of a part not in yet; part of a view, it holds "every chart drawn" back. */
export function PendingPart({ name, text = '正在加载……', partOfView = true }: { name: string; text?: string; partOfView?: boolean }) {
  return (
    <>
      {partOfView ? <PendingChart name={name} /> : null}
      <p className="muted" role="status">
        {text}
      </p>
    </>
  );
}
