// Module worker, started twice for large data (build-off-thread.ts):
// - the builder takes the data files' bytes, runs buildDataset off the main
//   thread, and posts the Dataset back packed (packed.ts), so that a
//   province's data (25 MB of CSV, 250,000 rows) neither freezes the page nor
//   costs it seconds to receive;
// - the reader, given a port to the builder, reads the second half of
//   metrics.csv while the builder reads the first (read-in-halves.ts).
// papaparse's own `worker: true` is broken under Vite 8 builds (FIELD-NOTES),
// so this worker calls Papa.parse itself, through buildDataset.
import { buildDataset } from './build';
import type { BuildProgress, BuildResponse, WorkerRequest } from './build-off-thread';
import { installPlainLineReader } from './csv';
import { readBodies } from './file-bodies';
import { packDataset } from './packed';
import { readPlainLinesFirst } from './plain-lines';
import { buildDatasetInHalves, type OtherHalf, type OtherHalfRead, type OtherHalfReader, readOtherHalf, unpackOtherHalf } from './read-in-halves';

// A prefecture's or province's rows: the plain lines split without papaparse's per-record objects.
installPlainLineReader(readPlainLinesFirst);

const post = (message: BuildResponse, transfer: Transferable[] = []): void => (self as unknown as Worker).postMessage(message, transfer);

/** What the reader answers on its port (read null: the part cannot be put together, or reading it failed). */
type ReaderAnswer = { read: OtherHalfRead };

/** Set once the page says the reader could not start or crashed. */
let readerLost = false;
let onReaderLost: (() => void) | null = null;

function serveAsReader(port: MessagePort): void {
  port.onmessage = (event: MessageEvent<OtherHalf>) => {
    try {
      const { read, transfer } = readOtherHalf(event.data);
      port.postMessage({ read } satisfies ReaderAnswer, transfer);
    } catch {
      port.postMessage({ read: null } satisfies ReaderAnswer);
    }
  };
  port.onmessageerror = () => port.postMessage({ read: null } satisfies ReaderAnswer);
}

function readerThrough(port: MessagePort): OtherHalfReader {
  return (half) =>
    new Promise((resolve) => {
      port.onmessage = (event: MessageEvent<ReaderAnswer>) => resolve(unpackOtherHalf(event.data.read));
      port.onmessageerror = () => resolve(null);
      onReaderLost = () => resolve(null);
      if (readerLost) resolve(null);
      // Transferred: the bytes are a copy made for the reader (read-in-halves.ts).
      port.postMessage(half, [half.bytes.buffer]);
    });
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  handle(event.data).catch((error: unknown) => {
    // A rejected promise never reaches the page's worker.onerror; thrown again
    // outside it, it does, and the page builds the data itself.
    setTimeout(() => {
      throw error;
    });
  });
};

async function handle(request: WorkerRequest): Promise<void> {
  if (request.type === 'reader-lost') {
    readerLost = true;
    onReaderLost?.();
    return;
  }
  if (request.type === 'read-half') {
    serveAsReader(request.port);
    return;
  }
  const { reader } = request;
  // A large file comes as a Blob, read here rather than on the page (file-bodies.ts).
  const { files, reasons } = await readBodies(request.files, request.reasons);
  let lastPost = 0;
  const onProgress: BuildProgress = ({ file, fraction }) => {
    const now = Date.now();
    if (fraction > 0 && now - lastPost < 100) return;
    lastPost = now;
    post({ type: 'progress', file, fraction });
  };
  const { dataset, readInParts, metricParts } = reader
    ? await buildDatasetInHalves(files, reasons, { onProgress }, readerThrough(reader))
    : { dataset: buildDataset(files, reasons, { onProgress }), readInParts: false, metricParts: undefined };
  const { packed, transfer } = packDataset(dataset, metricParts);
  post({ type: 'done', packed, metricsInParts: readInParts }, transfer);
}

// A request that cannot be read here (a copy that failed): thrown, so that the
// page's worker.onerror builds the data itself rather than wait for an answer.
self.onmessageerror = () => {
  throw new Error('数据工作线程无法读取请求');
};
