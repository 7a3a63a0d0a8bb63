// A real word processor for the Word export tests: LibreOffice (Debian's
// libreoffice-writer-nogui, installed by scripts/install-office.sh) opens a
// .docx headless and writes it as PDF, which pdf.ts then reads.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const SOFFICE = process.env.SOFFICE_PATH ?? 'soffice';

/** Converts `file` to PDF in `outDir` and returns the PDF's path. A private profile: no clash with a running office. */
export function officeToPdf(file: string, outDir: string): string {
  mkdirSync(outDir, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
  try {
    execFileSync(
      SOFFICE,
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--norestore',
        '--nolockcheck',
        '--convert-to',
        'pdf',
        '--outdir',
        outDir,
        file,
      ],
      { stdio: 'pipe', timeout: 180_000 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return join(outDir, basename(file).replace(/\.docx$/i, '.pdf'));
}

/** The size of every page in points (pdfinfo -f 1 -l N), in page order. */
export function pdfPageSizes(file: string, pages: number): { widthPt: number; heightPt: number }[] {
  const text = execFileSync('pdfinfo', ['-f', '1', '-l', String(pages), file], { encoding: 'utf8' });
  return [...text.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((match) => ({
    widthPt: Number(match[1]),
    heightPt: Number(match[2]),
  }));
}
