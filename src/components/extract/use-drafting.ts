// The drafts of the text box's text, made off the main thread (src/desk/
// drafting.ts + draft-off-thread.ts): the text box stays responsive, a
// request waits for the next keystroke, and only the latest text's draft is
// ever shown. `busy` is true while the text shown in the box has no draft yet.

import { useEffect, useRef, useState } from 'react';
import { createDraftRunner } from '../../desk/draft-off-thread';
import { createDraftScheduler, type DraftScheduler, type DraftingStatus } from '../../desk/drafting';
import type { Drafts } from '../../desk/review-state';
import type { ExtractionSetup } from './use-extraction-setup';

export interface Drafting extends DraftingStatus {
  drafts: Drafts | null;
  error: string | null;
}

const IDLE: DraftingStatus = { busy: false, chars: 0 };

export function useDrafting(text: string, setup: ExtractionSetup): Drafting {
  const [drafts, setDrafts] = useState<Drafts | null>(null);
  const [status, setStatus] = useState<DraftingStatus>(IDLE);
  const [error, setError] = useState<string | null>(null);
  const scheduler = useRef<DraftScheduler | null>(null);
  const latestText = useRef(text);
  latestText.current = text;

  // One runner and scheduler per rule set: new rules draft the text again.
  useEffect(() => {
    if (setup.status !== 'ready') return;
    const runner = createDraftRunner(setup.rules);
    const made = createDraftScheduler({
      runner,
      deliver: (next) => {
        setError(null);
        setDrafts(next);
      },
      onStatus: setStatus,
      onError: setError,
    });
    scheduler.current = made;
    made.request(latestText.current);
    return () => {
      made.dispose();
      runner.dispose();
      if (scheduler.current === made) scheduler.current = null;
    };
  }, [setup]);

  useEffect(() => {
    scheduler.current?.request(text);
  }, [text]);

  return { drafts, error, ...(setup.status === 'ready' ? status : { busy: text.trim() !== '', chars: text.length }) };
}
