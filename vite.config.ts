import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { dataFolderPlugin } from './build/data-folder-plugin';

// base './' keeps every built URL relative, so dist/ works under any sub-path.
export default defineConfig({
  base: './',
  plugins: [react(), dataFolderPlugin('data')],
  build: {
    assetsInlineLimit: 0,
  },
});
