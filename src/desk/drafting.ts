// Drafting a report's rows as the clerk types or pastes (issue 16 item 5).
// A 5 MB paste takes seconds to draft, so the page never drafts on every
// keystroke and never shows a draft of an older text: each request waits a
// moment for the next keystroke (debounce), a newer request cancels the run
// still going, and a result that arrives for an older text is dropped.
// The runner (a Web Worker on the page, see draft-off-thread.ts) is handed
// in, so this logic is plain TypeScript, testable with fake timers.

import { analyseMetrics, extractShortcomings, type ExtractionRule } from '../extract';
import type { Drafts } from './review-state';

/** The drafts of one text: what the worker and the main-thread fallback both run. */
export function draftReport(text: string, rules: readonly ExtractionRule[]): Drafts {
  const options = { rules: [...rules] };
  return { text, metrics: analyseMetrics(text, options), shortcomings: extractShortcomings(text, options) };
}

/** Runs one drafting; `cancel` stops the run in flight (its promise may then never settle). */
export interface DraftRunner {
  run: (text: string) => Promise<Drafts>;
  cancel: () => void;
}

export interface DraftingStatus {
  /** A text is waiting for its draft (debounce or run in flight). */
  busy: boolean;
  /** Length of the text being drafted (for the busy message), 0 when idle. */
  chars: number;
}

export interface Timers {
  set: (run: () => void, ms: number) => unknown;
  clear: (handle: unknown) => void;
}

export interface DraftSchedulerOptions {
  runner: DraftRunner;
  /** The drafts of the latest text only; null when the text is empty. */
  deliver: (drafts: Drafts | null) => void;
  onStatus: (status: DraftingStatus) => void;
  /** The text could not be drafted at all (Chinese message). */
  onError?: (message: string) => void;
  timers?: Timers;
}

/** How long a request waits for the next keystroke: short texts at once, long ones a little longer. */
export const SHORT_TEXT_CHARS = 20_000;
export const SHORT_TEXT_DELAY_MS = 120;
export const LONG_TEXT_DELAY_MS = 400;

export function draftDelayMs(text: string): number {
  return text.length <= SHORT_TEXT_CHARS ? SHORT_TEXT_DELAY_MS : LONG_TEXT_DELAY_MS;
}

/**
 * A text too long for the text box: Chromium lays a text box out whole on
 * every keystroke (a 5 MB text: 5–7 s per key, however styled), so such a
 * text is held by the page and shown marked below, not put in the box. A
 * report runs to 3,000–30,000 characters; this is dozens of them.
 */
export const LONG_TEXT_CHARS = 100_000;

export function isLongText(text: string): boolean {
  return text.length > LONG_TEXT_CHARS;
}

export interface DraftScheduler {
  /** The text as it stands now: only its draft will be delivered. */
  request: (text: string) => void;
  /** Stops everything: nothing is delivered after this. */
  dispose: () => void;
}

const defaultTimers: Timers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export function createDraftScheduler(options: DraftSchedulerOptions): DraftScheduler {
  const timers = options.timers ?? defaultTimers;
  let generation = 0;
  let timer: unknown = null;
  let running = false;
  let runToken = 0;
  let latest: string | null = null;
  let disposed = false;

  const stopTimer = () => {
    if (timer !== null) timers.clear(timer);
    timer = null;
  };
  const stopRun = () => {
    if (running) options.runner.cancel();
    running = false;
  };

  const start = (text: string, mine: number) => {
    timer = null;
    stopRun();
    running = true;
    const token = ++runToken;
    // A run that ends after a newer request is dropped: only the latest text's draft is shown.
    const settled = (): boolean => {
      if (token === runToken) running = false;
      return !disposed && mine === generation;
    };
    options.runner.run(text).then(
      (drafts) => {
        if (!settled()) return;
        options.deliver(drafts);
        options.onStatus({ busy: false, chars: 0 });
      },
      () => {
        if (!settled()) return;
        options.onStatus({ busy: false, chars: 0 });
        options.onError?.('识别数字时出错，请刷新页面后重试。');
      },
    );
  };

  return {
    request(text) {
      if (disposed || text === latest) return;
      latest = text;
      generation += 1;
      const mine = generation;
      stopTimer();
      if (text.trim() === '') {
        stopRun();
        options.deliver(null);
        options.onStatus({ busy: false, chars: 0 });
        return;
      }
      options.onStatus({ busy: true, chars: text.length });
      timer = timers.set(() => start(text, mine), draftDelayMs(text));
    },
    dispose() {
      disposed = true;
      stopTimer();
      stopRun();
    },
  };
}
