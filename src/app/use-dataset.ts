// Loads data/ once (stage 1). The fetch starts when this module is first
// asked (main.tsx asks before React renders, so the CSVs download while the
// page is being built), and the hook follows that one load.
// loadDataset never rejects by design, but a bug must still not leave a blank
// page, so a rejection becomes a message.
import { useEffect, useState } from 'react';
import { loadDataset, type Progress } from '../data/load';
import type { Dataset } from '../data/types';
import { previewState } from './preview-flag';

export type DatasetState =
  | { status: 'loading'; progress: Progress }
  | { status: 'ready'; dataset: Dataset }
  | { status: 'failed'; message: string };

interface Load {
  state: DatasetState;
  listeners: Set<(state: DatasetState) => void>;
}

const loads = new Map<string, Load>();

/** Starts loading data/ under `baseUrl` (once per base URL) and returns the shared load. */
export function startLoadingDataset(baseUrl: string): Load {
  const existing = loads.get(baseUrl);
  if (existing) return existing;
  const load: Load = { state: { status: 'loading', progress: { done: 0, total: 0 } }, listeners: new Set() };
  loads.set(baseUrl, load);
  const publish = (state: DatasetState) => {
    load.state = state;
    for (const listener of load.listeners) listener(state);
  };
  loadDataset({
    baseUrl,
    // A preview merges the desk's draft into the files through the page's
    // fetch (preview-mode.ts), so the files are fetched here, not in the worker.
    ...(previewState().active ? { fetchImpl: (url: string, init?: RequestInit) => window.fetch(url, init) } : {}),
    onProgress: (progress) => {
      if (load.state.status === 'loading') publish({ status: 'loading', progress });
    },
  }).then(
    (dataset) => {
      // For the bench: how much of "navigation → charts drawn" is loading data.
      performance.mark('data-loaded');
      publish({ status: 'ready', dataset });
    },
    (error: unknown) => publish({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
  );
  return load;
}

/**
 * Calls `callback` once with the dataset when the load under `baseUrl`
 * succeeds. For work on the side (fetching chunks ahead): an error in it is
 * swallowed, so the page still learns that the data is in.
 */
export function whenDatasetReady(baseUrl: string, callback: (dataset: Dataset) => void): void {
  const load = startLoadingDataset(baseUrl);
  const call = (dataset: Dataset) => {
    try {
      callback(dataset);
    } catch {
      // Nothing is lost: what the callback would have fetched ahead is fetched when needed.
    }
  };
  if (load.state.status === 'ready') {
    call(load.state.dataset);
    return;
  }
  const listener = (state: DatasetState) => {
    if (state.status === 'loading') return;
    load.listeners.delete(listener);
    if (state.status === 'ready') call(state.dataset);
  };
  load.listeners.add(listener);
}

export function useDataset(baseUrl: string): DatasetState {
  const load = startLoadingDataset(baseUrl);
  const [state, setState] = useState<DatasetState>(load.state);
  useEffect(() => {
    load.listeners.add(setState);
    // The load may have moved on between render and effect.
    setState(load.state);
    return () => {
      load.listeners.delete(setState);
    };
  }, [load]);
  return state;
}
