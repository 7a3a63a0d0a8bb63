// A fake site (fetch over an in-memory data folder, with one file failing in
// a chosen way) and a fake File System Access directory handle, for the save
// steps' tests.

import type { DirectoryHandle, FileHandle } from '../../../src/desk/folder-io';
import type { FetchLike } from '../../../src/desk/site-read';
import type { DataFolderFiles } from '../../../src/desk/types';

export const FAILURES = ['503', '500', 'network', 'timeout', 'html', 'truncated', 'body-abort', '404'] as const;
export type Failure = (typeof FAILURES)[number];

export const BASE = 'http://site.test/sub/';

/** fetch over `files` (paths under data/), with `failing` answering as `how`. */
export function fakeFetch(files: DataFolderFiles, failing?: { path: string; how: Failure }): FetchLike & { asked: string[] } {
  const asked: string[] = [];
  const impl = async (url: string, init?: RequestInit): Promise<Response> => {
    const path = decodeURIComponent(url.slice(`${BASE}data/`.length));
    asked.push(path);
    const bytes = files.get(path);
    if (failing && failing.path === path) {
      switch (failing.how) {
        case '503':
          return new Response('Service Unavailable', { status: 503, statusText: 'Service Unavailable' });
        case '500':
          return new Response('', { status: 500 });
        case 'network':
          throw new TypeError('Failed to fetch');
        case 'timeout':
          return new Promise<Response>((_, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
        case 'html':
          return new Response('<!DOCTYPE html><html><body>请登录</body></html>', { status: 200, headers: { 'Content-Type': 'text/html' } });
        case 'truncated': {
          const whole = bytes ?? new Uint8Array(10);
          const part = whole.slice(0, Math.floor(whole.length / 2));
          return new Response(part as Uint8Array<ArrayBuffer>, { status: 200, headers: { 'Content-Length': String(whole.length || 10) } });
        }
        case 'body-abort': {
          const stream = new ReadableStream<Uint8Array>({
            start(controller) {
              controller.enqueue((bytes ?? new Uint8Array([1])).slice(0, 3));
              controller.error(new TypeError('network error'));
            },
          });
          return new Response(stream, { status: 200 });
        }
        case '404':
          return new Response('Not Found', { status: 404 });
      }
    }
    if (!bytes) return new Response('Not Found', { status: 404 });
    return new Response(bytes.slice() as Uint8Array<ArrayBuffer>, { status: 200, headers: { 'Content-Length': String(bytes.length) } });
  };
  return Object.assign(impl, { asked });
}

/** A directory handle over `files`; reading `unreadable` fails, writes land in `files`. */
export function fakeDirectory(files: DataFolderFiles, name = 'data', prefix = '', unreadable?: string): DirectoryHandle & { writes: string[] } {
  const writes: string[] = [];
  const children = () => {
    const names = new Map<string, 'file' | 'directory'>();
    for (const path of files.keys()) {
      if (!path.startsWith(prefix)) continue;
      const rest = path.slice(prefix.length);
      const slash = rest.indexOf('/');
      names.set(slash < 0 ? rest : rest.slice(0, slash), slash < 0 ? 'file' : 'directory');
    }
    return names;
  };
  const fileHandle = (fileName: string): FileHandle => ({
    kind: 'file',
    name: fileName,
    async getFile() {
      const path = `${prefix}${fileName}`;
      if (path === unreadable) throw new DOMException('The requested file could not be read', 'NotReadableError');
      const bytes = files.get(path);
      if (!bytes) throw new DOMException('not found', 'NotFoundError');
      return new File([bytes.slice() as Uint8Array<ArrayBuffer>], fileName);
    },
    async createWritable() {
      const path = `${prefix}${fileName}`;
      return {
        async write(data: Uint8Array | Blob) {
          files.set(path, data instanceof Uint8Array ? data.slice() : new Uint8Array(await data.arrayBuffer()));
          writes.push(path);
        },
        async close() {},
      };
    },
  });
  const handle: DirectoryHandle & { writes: string[] } = {
    kind: 'directory',
    name,
    writes,
    async *values() {
      for (const [child, kind] of children()) yield kind === 'file' ? fileHandle(child) : fakeDirectory(files, child, `${prefix}${child}/`, unreadable);
    },
    async getDirectoryHandle(child: string) {
      const sub = fakeDirectory(files, child, `${prefix}${child}/`, unreadable);
      return sub;
    },
    async getFileHandle(child: string, options?: { create?: boolean }) {
      if (!options?.create && !files.has(`${prefix}${child}`)) throw new DOMException('not found', 'NotFoundError');
      return fileHandle(child);
    },
  };
  return handle;
}
