// Fetching the data files' bytes, on the page: large data is then handed to
// the data worker as bytes (build-off-thread.ts), small data built here. The
// sizes the servers announce start that worker early; a server that
// compresses on the fly announces none (or the compressed size), and the
// worker then starts once the bytes are in, which is only later, never wrong.
import type { DataFileBytes, MissingReasons } from './build';
import type { DataFileKey } from './schema';

export type FetchLike = (url: string, init?: RequestInit) => Promise<Response>;

export const defaultFetch: FetchLike = (url, init) => globalThis.fetch(url, init);

export type Fetched = { bytes: Uint8Array } | { bytes: null; reason: string };

/**
 * Fetches bytes; a 404 or network failure is a reason, never a throw.
 * `onAnnounced` gets the size the server announces (Content-Length) before
 * the body is in, when it announces one.
 */
export async function fetchBytes(fetchImpl: FetchLike, url: string, onAnnounced?: (bytes: number) => void): Promise<Fetched> {
  try {
    // no-cache: staff replace CSVs in a deployed site; revalidate instead of
    // showing yesterday's file from the browser cache.
    const response = await fetchImpl(url, { cache: 'no-cache' });
    if (!response.ok) return { bytes: null, reason: `HTTP ${response.status}` };
    const announced = Number(response.headers.get('content-length'));
    if (announced > 0) onAnnounced?.(announced);
    return { bytes: new Uint8Array(await response.arrayBuffer()) };
  } catch (error) {
    return { bytes: null, reason: `网络错误：${error instanceof Error ? error.message : String(error)}` };
  }
}

/**
 * Fetches the data files at `urls` (all at once); `onFetched` counts the files
 * that arrived, `onAnnounced` sums the sizes their servers announced so far.
 */
export async function fetchDataFiles(
  fetchImpl: FetchLike,
  urls: Record<DataFileKey, string>,
  onFetched?: (done: number, total: number) => void,
  onAnnounced?: (totalBytes: number) => void,
): Promise<{ files: DataFileBytes; reasons: MissingReasons }> {
  const keys = Object.keys(urls) as DataFileKey[];
  let done = 0;
  let announced = 0;
  const announce = (bytes: number) => onAnnounced?.((announced += bytes));
  const fetched = await Promise.all(
    keys.map(async (key) => {
      const result = await fetchBytes(fetchImpl, urls[key], announce);
      onFetched?.(++done, keys.length);
      return [key, result] as const;
    }),
  );
  const files = {} as DataFileBytes;
  const reasons: MissingReasons = {};
  for (const [key, result] of fetched) {
    files[key] = result.bytes;
    if (result.bytes === null) reasons[key] = result.reason;
  }
  return { files, reasons };
}
