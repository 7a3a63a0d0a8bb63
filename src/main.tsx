// Entry point: mounts the page inside an error boundary so that nothing ends
// in a blank page.
import './app/start-loading';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { BASE_URL } from './app/base-url';
import { previewRequested, setPreviewState } from './app/preview-flag';
import { startLoadingDataset, whenDatasetReady } from './app/use-dataset';
import { decodeUrlState } from './app/url-state';
import { ErrorBoundary } from './components/ErrorBoundary';
import { preloadView, preloadViewParts } from './components/ViewSwitch';
import './styles/index.css';

// Tells public/compat-check.js that the dashboard's code runs here (its
// message for old browsers and file:// stays hidden).
document.documentElement.setAttribute('data-app', 'started');

function start(): void {
  // The data files download while React builds the page.
  startLoadingDataset(BASE_URL);
  // The chunks of the view the page opens on load beside the data, not after it.
  const { view } = decodeUrlState(window.location.hash);
  preloadView(view);
  whenDatasetReady(BASE_URL, (dataset) => preloadViewParts(view, dataset));
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary>
        <App />
      </ErrorBoundary>
    </StrictMode>,
  );
}

// ?preview=1 (the data desk's 预览看板): the draft is merged into the data as it
// is fetched. That code is loaded only then, and installed before anything loads.
if (previewRequested()) {
  void import('./app/preview-mode').then(
    (preview) => {
      preview.installPreviewMode();
      start();
    },
    () => {
      // The banner then says there is no draft to show, and the published data loads.
      setPreviewState({ active: true, draft: null });
      start();
    },
  );
} else {
  start();
}
