// A data file as the page fetched it: its bytes, or, for a large file, a Blob
// (issue 19). Response.blob() leaves a province's 25 MB metrics.csv with the
// browser: the page's main thread neither receives it piece by piece (≈ 0.3 s
// of its time while the chart code also loads) nor copies it for the data
// worker (≈ 70 ms); the Blob is posted to the worker, which reads the bytes on
// its own thread. Wherever the Dataset is built, the bodies are read into
// bytes first, with the same reasons for any that cannot be.
import type { DataFileBytes, MissingReasons } from './build';
import type { DataFileKey } from './schema';

export type DataFileBodies = Record<DataFileKey, Uint8Array | Blob | null>;

export function bodySize(body: Uint8Array | Blob | null): number {
  if (body === null) return 0;
  return body instanceof Uint8Array ? body.byteLength : body.size;
}

/** The bodies as bytes; a Blob that cannot be read is a missing file, with why. */
export async function readBodies(files: DataFileBodies, reasons: MissingReasons): Promise<{ files: DataFileBytes; reasons: MissingReasons }> {
  const bytes = {} as DataFileBytes;
  const why: MissingReasons = { ...reasons };
  await Promise.all(
    (Object.keys(files) as DataFileKey[]).map(async (key) => {
      const body = files[key];
      if (body === null || body instanceof Uint8Array) {
        bytes[key] = body;
        return;
      }
      try {
        bytes[key] = new Uint8Array(await body.arrayBuffer());
      } catch (error) {
        bytes[key] = null;
        why[key] = `读取失败：${error instanceof Error ? error.message : String(error)}`;
      }
    }),
  );
  return { files: bytes, reasons: why };
}
