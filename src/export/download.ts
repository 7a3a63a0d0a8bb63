// Browser-only: hand a generated file to the user as a download.
// Everything is local (Blob + object URL, or a data: URL), so it works offline
// and under a strict CSP (`img-src 'self' data: blob:` covers the PNG preview;
// downloads themselves are not subject to img-src).

/** MIME types the exports use. */
export const MIME = {
  csv: 'text/csv;charset=utf-8',
  svg: 'image/svg+xml;charset=utf-8',
  png: 'image/png',
} as const;

/**
 * A file name safe on Windows, macOS and Linux: characters that are illegal
 * or path separators become '_', and the name is kept short. Chinese stays.
 */
export function safeFilename(name: string, fallback = 'export'): string {
  const cleaned = name
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, '_')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '')
    .slice(0, 120);
  return cleaned === '' ? fallback : cleaned;
}

/** Save text (CSV, SVG) as a file. */
export function downloadText(filename: string, text: string, mime: string): void {
  const blob = new Blob([text], { type: mime });
  downloadBlob(filename, blob);
}

/** How long an object URL outlives its download click. */
const REVOKE_AFTER_MS = 40_000;

/** Save a Blob as a file; the object URL is revoked well after the click. */
export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  try {
    clickDownloadLink(filename, url);
  } finally {
    // The browser reads the blob after the click returns, later still on a busy
    // machine: revoked a tick later, a download was lost now and then (seen in the
    // batch test, one CSV in a dozen). FileSaver.js waits 40 s for the same reason.
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}

/** Save a data: URL (what ECharts' getDataURL returns) as a file. */
export function downloadDataUrl(filename: string, dataUrl: string): void {
  clickDownloadLink(filename, dataUrl);
}

function clickDownloadLink(filename: string, href: string): void {
  const link = document.createElement('a');
  link.href = href;
  link.download = safeFilename(filename);
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
}
