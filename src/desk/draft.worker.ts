// Module worker: drafts a report's rows off the main thread (issue 16 item 5),
// so a 5 MB paste never freezes the page. One request at a time; the page
// terminates the worker when a newer text supersedes the run in flight.
import { draftReport } from './drafting';
import type { DraftRequest, DraftResponse } from './draft-off-thread';

self.onmessage = (event: MessageEvent<DraftRequest>) => {
  const { id, text, rules } = event.data;
  const { metrics, shortcomings } = draftReport(text, rules);
  const response: DraftResponse = { id, drafts: { metrics, shortcomings } };
  (self as unknown as Worker).postMessage(response);
};
