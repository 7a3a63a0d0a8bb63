// Reading the data folder a save builds on, telling "the file does not
// exist" from "the file could not be read". A save that built on a file it
// could not read would ship that table empty and, unpacked over data/,
// delete every earlier row (issue 23). So every read ends as one of:
//   - bytes;
//   - absent: a 404 (the site has no such file);
//   - failed: a server error, a network error, a timeout, an HTML page served
//     in place of the file (a login or error page with status 200), or a body
//     shorter than its Content-Length — each with a Chinese cause.
// The caller refuses the save on any failure and asks before building on an
// absent table (the first package of a new site). No React; fetch is handed in.

import { DATA_FILES } from '../data/index';
import { dataFileUrl } from '../data/load';
import { reportFilesIn } from './report-files';
import type { DataFolderFiles } from './types';

export type FetchLike = (url: string, init?: RequestInit) => Promise<Response>;

/** Files of data/ besides the six tables that belong in a complete package (none of them required). */
export const OTHER_DATA_FILES = ['extraction-rules.csv', 'README.md', 'EXTRACTION-RULES.md'];

export const TABLE_FILES: readonly string[] = Object.values(DATA_FILES);

export type ReadCause = 'http' | 'network' | 'timeout' | 'html' | 'truncated' | 'unreadable';

export interface ReadFailure {
  path: string;
  cause: ReadCause;
  /** The cause in Chinese, e.g. 服务器返回错误 503（Service Unavailable）. */
  detail: string;
}

export type FileRead = { kind: 'bytes'; bytes: Uint8Array } | { kind: 'absent' } | { kind: 'failed'; failure: ReadFailure };

export interface FolderRead {
  files: DataFolderFiles;
  /** Paths that do not exist there (404, or not in the picked folder). */
  absent: string[];
  failures: ReadFailure[];
}

export interface ReadProgress {
  done: number;
  total: number;
}

export interface SiteReadOptions {
  fetch?: FetchLike;
  /** Per file; a file not read by then is a failure. */
  timeoutMs?: number;
  onProgress?: (p: ReadProgress) => void;
}

export const DEFAULT_TIMEOUT_MS = 60_000;

function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 512)).replace(/^\uFEFF/, '').trimStart().slice(0, 64).toLowerCase();
  return /^<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|title[\s>]|!--)/.test(head);
}

const failed = (path: string, cause: ReadCause, detail: string): FileRead => ({ kind: 'failed', failure: { path, cause, detail } });

/** One file of the site's data folder. Never throws. */
export async function readSiteFile(baseUrl: string, path: string, options: SiteReadOptions = {}): Promise<FileRead> {
  const fetchImpl = options.fetch ?? ((url, init) => fetch(url, init));
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const controller = typeof AbortController === 'function' ? new AbortController() : null;
  let timedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      timedOut = true;
      controller?.abort();
      reject(new Error('timeout'));
    }, timeoutMs);
  });
  try {
    const response = await Promise.race([fetchImpl(dataFileUrl(baseUrl, path), { cache: 'no-cache', signal: controller?.signal }), timeout]);
    if (response.status === 404 || response.status === 410) return { kind: 'absent' };
    if (!response.ok) {
      const text = response.statusText ? `（${response.statusText}）` : '';
      return failed(path, 'http', `服务器返回错误 ${response.status}${text}`);
    }
    const bytes = new Uint8Array(await Promise.race([response.arrayBuffer(), timeout]));
    // Content-Length counts the bytes as sent; with gzip they are not the bytes read.
    const length = Number(response.headers.get('content-length'));
    const encoding = (response.headers.get('content-encoding') ?? 'identity').toLowerCase();
    if (encoding === 'identity' && Number.isFinite(length) && length > 0 && bytes.length < length) {
      return failed(path, 'truncated', `文件没有读完整（应有 ${length} 字节，只收到 ${bytes.length} 字节），连接可能中断了`);
    }
    const type = (response.headers.get('content-type') ?? '').toLowerCase();
    if (looksLikeHtml(bytes) || (type.includes('text/html') && !path.toLowerCase().endsWith('.md'))) {
      return failed(path, 'html', '服务器送来的是一个网页（HTML），不是这个数据文件（常见于登录页、错误页或网关的提示页）');
    }
    return { kind: 'bytes', bytes };
  } catch (error) {
    if (timedOut) return failed(path, 'timeout', `${Math.round(timeoutMs / 1000)} 秒内没有读完（超时）`);
    const message = error instanceof Error && error.message ? `：${error.message}` : '';
    return failed(path, 'network', `网络连接失败或中断${message}`);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The site's data folder: the six tables, the other known files and every
 * report text reports.csv names, each read, absent or failed.
 */
export async function readSiteFolder(baseUrl: string, options: SiteReadOptions = {}): Promise<FolderRead> {
  const result: FolderRead = { files: new Map(), absent: [], failures: [] };
  const first = [...TABLE_FILES, ...OTHER_DATA_FILES];
  let done = 0;
  const readAll = async (paths: string[], total: number) => {
    const reads = await Promise.all(
      paths.map(async (path) => {
        const read = await readSiteFile(baseUrl, path, options);
        options.onProgress?.({ done: ++done, total });
        return [path, read] as const;
      }),
    );
    // In the order asked, so messages and packages do not depend on timing.
    for (const [path, read] of reads) {
      if (read.kind === 'bytes') result.files.set(path, read.bytes);
      else if (read.kind === 'absent') result.absent.push(path);
      else result.failures.push(read.failure);
    }
  };
  await readAll(first, first.length);
  const reports = reportFilesIn(result.files.get(DATA_FILES.reports)).filter((f) => !result.files.has(f));
  await readAll(reports, first.length + reports.length);
  return result;
}

/** Tables (of the six) a read found absent: building on them means starting them empty. */
export function absentTables(read: Pick<FolderRead, 'absent'>): string[] {
  return read.absent.filter((path) => TABLE_FILES.includes(path));
}

/** The refusal, in Chinese: which file, why, what the clerk does now. */
export function failureMessage(failure: ReadFailure, where: 'site' | 'folder'): string {
  const source = where === 'site' ? '网站上的' : '所选文件夹里的';
  return `无法读取${source} ${failure.path}：${failure.detail}。`;
}
