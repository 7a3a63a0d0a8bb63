import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { contentSecurityPolicyPlugin } from './build/csp-plugin';
import { dataFolderPlugin } from './build/data-folder-plugin';

// base './' keeps every built URL relative, so dist/ works under any sub-path.
export default defineConfig({
  base: './',
  plugins: [react(), dataFolderPlugin('data'), contentSecurityPolicyPlugin()],
  build: {
    // No data: URLs for assets: every file is a real file under the site's folder.
    assetsInlineLimit: 0,
    // The ECharts chunk (~560 kB raw, ~190 kB gzip) is loaded lazily on purpose
    // (src/components/LazyEChart.tsx); warn only above it.
    chunkSizeWarningLimit: 600,
  },
});
