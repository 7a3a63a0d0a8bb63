// Fetching the data files' bytes, on the page: large data is then handed to
// the data worker as bytes (build-off-thread.ts), small data built here. The
// sizes the servers announce start that worker early; a server that
// compresses on the fly announces none (or the compressed size), and the
// worker then starts once the bytes are in, which is only later, never wrong.
import type { MissingReasons } from './build';
import type { DataFileBodies } from './file-bodies';

/** A file announced larger than this is fetched as a Blob (file-bodies.ts). */
export const BLOB_MIN_BYTES = 1024 * 1024;
import type { DataFileKey } from './schema';

export type FetchLike = (url: string, init?: RequestInit) => Promise<Response>;

export const defaultFetch: FetchLike = (url, init) => globalThis.fetch(url, init);

export type Fetched = { bytes: Uint8Array } | { bytes: null; reason: string };

/** A data file fetched: as a Blob when it was announced large (file-bodies.ts). */
type FetchedBody = { bytes: Uint8Array | Blob } | { bytes: null; reason: string };

/**
 * Fetches bytes; a 404 or network failure is a reason, never a throw.
 * `onAnnounced` gets the size the server announces (Content-Length) before
 * the body is in, when it announces one.
 */
export async function fetchBytes(fetchImpl: FetchLike, url: string, onAnnounced?: (bytes: number) => void): Promise<Fetched> {
  return fetchBody(fetchImpl, url, onAnnounced, false);
}

/** fetchBytes, with a Blob instead of the bytes when `largeAsBlob` and the file is announced over BLOB_MIN_BYTES. */
async function fetchBody(fetchImpl: FetchLike, url: string, onAnnounced: ((bytes: number) => void) | undefined, largeAsBlob: false): Promise<Fetched>;
async function fetchBody(fetchImpl: FetchLike, url: string, onAnnounced: ((bytes: number) => void) | undefined, largeAsBlob: boolean): Promise<FetchedBody>;
async function fetchBody(fetchImpl: FetchLike, url: string, onAnnounced: ((bytes: number) => void) | undefined, largeAsBlob: boolean): Promise<FetchedBody> {
  try {
    // no-cache: staff replace CSVs in a deployed site; revalidate instead of
    // showing yesterday's file from the browser cache.
    const response = await fetchImpl(url, { cache: 'no-cache' });
    if (!response.ok) return { bytes: null, reason: `HTTP ${response.status}` };
    const announced = Number(response.headers.get('content-length'));
    if (announced > 0) onAnnounced?.(announced);
    if (largeAsBlob && announced > BLOB_MIN_BYTES && typeof response.blob === 'function') return { bytes: await response.blob() };
    return { bytes: new Uint8Array(await response.arrayBuffer()) };
  } catch (error) {
    return { bytes: null, reason: `网络错误：${error instanceof Error ? error.message : String(error)}` };
  }
}

/**
 * Fetches the data files at `urls` (all at once); `onFetched` counts the files
 * that arrived, `onAnnounced` sums the sizes their servers announced so far.
 * A file announced large comes as a Blob (file-bodies.ts).
 */
export async function fetchDataFiles(
  fetchImpl: FetchLike,
  urls: Record<DataFileKey, string>,
  onFetched?: (done: number, total: number) => void,
  onAnnounced?: (totalBytes: number) => void,
): Promise<{ files: DataFileBodies; reasons: MissingReasons }> {
  const keys = Object.keys(urls) as DataFileKey[];
  let done = 0;
  let announced = 0;
  const announce = (bytes: number) => onAnnounced?.((announced += bytes));
  const fetched = await Promise.all(
    keys.map(async (key) => {
      const result = await fetchBody(fetchImpl, urls[key], announce, true);
      onFetched?.(++done, keys.length);
      return [key, result] as const;
    }),
  );
  const files = {} as DataFileBodies;
  const reasons: MissingReasons = {};
  for (const [key, result] of fetched) {
    files[key] = result.bytes;
    if (result.bytes === null) reasons[key] = result.reason;
  }
  return { files, reasons };
}
