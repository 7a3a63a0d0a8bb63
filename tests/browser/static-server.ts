// A tiny static file server for the built site (no dependencies): each mount
// maps a URL prefix such as /county/fazhi/dashboard/ to a folder, so tests and
// the bench serve dist/ under a sub-path the way an intranet server would.
// Nothing outside a mount is served; paths cannot climb out of their folder.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

export interface Mount {
  /** URL prefix, with leading and trailing slash: "/county/fazhi/dashboard/". */
  prefix: string;
  /** Folder served under the prefix. */
  root: string;
}

export interface StaticServer {
  /** "http://127.0.0.1:PORT" without a trailing slash. */
  origin: string;
  close(): Promise<void>;
}

export async function startStaticServer(mounts: Mount[], port = 0): Promise<StaticServer> {
  const resolved = mounts.map((mount) => ({ prefix: mount.prefix, root: resolve(mount.root) }));
  const server: Server = createServer((req, res) => {
    const pathname = decodePath((req.url ?? '/').split('?')[0] ?? '/');
    const mount = pathname === null ? undefined : resolved.find((m) => pathname.startsWith(m.prefix));
    if (pathname === null || mount === undefined || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    let file = normalize(join(mount.root, pathname.slice(mount.prefix.length)));
    if (file !== mount.root && !file.startsWith(mount.root + sep)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'Content-Type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': statSync(file).size,
      'Cache-Control': 'no-store',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => done());
  });
  const { port: actualPort } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${actualPort}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

function decodePath(path: string): string | null {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}
