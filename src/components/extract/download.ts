// Saves text as a file through the browser's download: the shared helper of
// src/export/download.ts (a blob: URL and a temporary link; CSP-safe).
import { downloadBlob } from '../../export/download';

export function downloadText(fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
  downloadBlob(fileName, new Blob([text], { type }));
}
