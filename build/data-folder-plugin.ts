// Serves data/ at <base>/data/ during development and copies it to dist/data/ on build.
// The data stays outside the bundle on purpose: county staff replace a CSV in a
// deployed site without rebuilding.
import { cpSync, createReadStream, existsSync, statSync } from 'node:fs';
import { join, normalize, resolve } from 'node:path';
import type { Plugin } from 'vite';

const contentTypes: Record<string, string> = {
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

export function dataFolderPlugin(dataDir: string): Plugin {
  const root = resolve(dataDir);
  let outDir = 'dist';
  return {
    name: 'data-folder',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    configureServer(server) {
      server.middlewares.use('/data', (req, res, next) => {
        // A query (?import&raw, ?url) is Vite asking for a module: let Vite answer it.
        if ((req.url ?? '').includes('?')) return next();
        const path = decodeURIComponent(req.url ?? '/');
        const file = normalize(join(root, path));
        if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) return next();
        const ext = file.slice(file.lastIndexOf('.'));
        res.setHeader('Content-Type', contentTypes[ext] ?? 'application/octet-stream');
        createReadStream(file).pipe(res);
      });
    },
    closeBundle() {
      cpSync(root, join(outDir, 'data'), { recursive: true });
    },
  };
}
