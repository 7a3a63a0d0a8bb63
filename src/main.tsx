// Entry point: mounts the page inside an error boundary so that nothing ends
// in a blank page.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { BASE_URL } from './app/base-url';
import { startLoadingDataset } from './app/use-dataset';
import { ErrorBoundary } from './components/ErrorBoundary';
import './styles/index.css';

// Tells public/compat-check.js that the dashboard's code runs here (its
// message for old browsers and file:// stays hidden).
document.documentElement.setAttribute('data-app', 'started');

// The data files download while React builds the page.
startLoadingDataset(BASE_URL);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <ErrorBoundary>
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
