// Module worker: runs buildDataset off the main thread, so that a large data
// file (tens of MB) never freezes the page while it is decoded, parsed and
// validated. papaparse's own `worker: true` is broken under Vite 8 builds
// (FIELD-NOTES), so this worker calls Papa.parse itself, through buildDataset.
import { buildDataset } from './build';
import type { BuildRequest, BuildResponse } from './build-off-thread';

const post = (message: BuildResponse): void => (self as unknown as Worker).postMessage(message);

self.onmessage = (event: MessageEvent<BuildRequest>) => {
  const { files, reasons } = event.data;
  let lastPost = 0;
  const dataset = buildDataset(files, reasons, {
    onProgress: ({ file, fraction }) => {
      const now = Date.now();
      if (fraction > 0 && now - lastPost < 100) return;
      lastPost = now;
      post({ type: 'progress', file, fraction });
    },
  });
  post({ type: 'done', dataset });
};
