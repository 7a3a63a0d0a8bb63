// Module worker: takes the data files' bytes, runs buildDataset off the main
// thread, and posts the Dataset back packed (packed.ts), so that a province's data (25 MB of CSV, 250,000 rows) neither
// freezes the page nor costs it seconds to receive. papaparse's own
// `worker: true` is broken under Vite 8 builds (FIELD-NOTES), so this worker
// calls Papa.parse itself, through buildDataset.
import { buildDataset } from './build';
import type { BuildRequest, BuildResponse } from './build-off-thread';
import { packDataset } from './packed';

const post = (message: BuildResponse, transfer: Transferable[] = []): void => (self as unknown as Worker).postMessage(message, transfer);

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
  const { packed, transfer } = packDataset(dataset);
  post({ type: 'done', packed }, transfer);
};
