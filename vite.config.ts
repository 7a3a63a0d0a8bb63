import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { contentSecurityPolicyPlugin } from './build/csp-plugin.ts';
import { dataFolderPlugin } from './build/data-folder-plugin.ts';

// The build version printed on every page of a printout (issue 4), so a sheet
// on a meeting table can be traced to a build: package.json's version and the
// day the site was built (src/app/build-info.ts reads both).
const packageJson = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };
const buildDate = new Date().toISOString().slice(0, 10);

// base './' keeps every built URL relative, so dist/ works under any sub-path.
export default defineConfig({
  base: './',
  plugins: [react(), dataFolderPlugin('data'), contentSecurityPolicyPlugin()],
  resolve: {
    // echarts-for-react's resize watcher, replaced by its ResizeObserver core (src/components/size-sensor.ts).
    alias: { 'size-sensor': fileURLToPath(new URL('./src/components/size-sensor.ts', import.meta.url)) },
  },
  define: {
    __APP_VERSION__: JSON.stringify(packageJson.version),
    __BUILD_DATE__: JSON.stringify(buildDate),
  },
  build: {
    // The floor is Chromium 80 (README "Old browsers"): intranet PCs run 360/奇安信
    // browsers and 信创 machines on 80–110 kernels. The default target lets the
    // minifier write `??=` (Chromium 85) and CSS range media queries (104).
    target: 'chrome80',
    cssTarget: 'chrome80',
    // No data: URLs for assets: every file is a real file under the site's folder.
    assetsInlineLimit: 0,
    // terser, two passes, ES2020 output (what Chromium 80 parses: ?. and ?? yes, ??= no): ≈ 2.2 KB gzip
    // less of what the heaviest chart view (the 简报) loads before its charts are drawn than Vite's own
    // minifier, on a budget of 300 KB (issue 19). Vite lowers the syntax to the target first; terser
    // does not write syntax above `ecma`. The old-Chromium tests (80–109) run the minified build.
    minify: 'terser',
    terserOptions: { ecma: 2020, compress: { passes: 2 } },
    // Chromium 80 supports <link rel="modulepreload"> (since 66): the polyfill is dead code in the first JS.
    modulePreload: { polyfill: false },
    // The ECharts chunk (~560 kB raw, ~190 kB gzip) is loaded lazily on purpose
    // (src/components/LazyEChart.tsx); warn only above it.
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        // Every module the first load needs in one chunk (issue 19): left to
        // itself rolldown splits out each module a lazy chunk shares (twenty
        // files of 0.3-5 KB), and gzip compresses each alone, ≈ 7 KB more.
        codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] },
      },
    },
  },
});
