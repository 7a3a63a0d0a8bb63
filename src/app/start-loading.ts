// Imported first by main.tsx: module evaluation runs imports in order, so the
// data worker starts fetching before React and the app are evaluated (on a
// province's data every tenth of a second counts, issue 19). A preview starts
// its load later, once its fetch is installed (main.tsx).
import { BASE_URL } from './base-url';
import { previewRequested } from './preview-flag';
import { startLoadingDataset } from './use-dataset';

if (!previewRequested()) startLoadingDataset(BASE_URL);
