// The preview serves the data folder through the same merge as the saved
// package: the loader, given the preview's fetch, reads the merged tables and
// the new report's text. The .zip holds the whole folder under data/ and
// unpacks to the same bytes.

import { describe, expect, it } from 'vitest';
import { checkDataFolder, dataFileUrl, fetchReportText, loadDataset } from '../../../src/data/index';
import { folderAfterMerge, mergeIntoFolder } from '../../../src/desk/merge';
import { clearPreview, previewFetch, readPreview, readPreviewDraft, storePreview, type PreviewDraft } from '../../../src/desk/preview';
import { unzipDataFolder, zipDataFolder } from '../../../src/desk/zip';
import { folderReader, newTownshipEntry, readFolder } from './helpers';

const BASE = 'http://site.test/county/';
const folder = readFolder();

/** A fetch over the fixture folder, as a static server would answer. */
const serve = async (url: string): Promise<Response> => {
  const path = decodeURIComponent(url.slice(`${BASE}data/`.length));
  const bytes = folder.get(path);
  return bytes ? new Response(bytes as Uint8Array<ArrayBuffer>) : new Response('not found', { status: 404 });
};
const fileOf = (url: string) => (url.startsWith(`${BASE}data/`) ? decodeURIComponent(url.slice(`${BASE}data/`.length)) : null);

class MemoryStorage {
  private values = new Map<string, string>();
  getItem = (key: string) => this.values.get(key) ?? null;
  setItem = (key: string, value: string) => void this.values.set(key, value);
  removeItem = (key: string) => void this.values.delete(key);
}

describe('preview', () => {
  const draft: PreviewDraft = { entry: newTownshipEntry(), replaceExisting: false, savedAt: '2026-03-01T09:00:00Z' };

  it('keeps the draft in storage and refuses anything that is not one', () => {
    const storage = new MemoryStorage();
    expect(readPreview(storage)).toBeNull();
    storePreview(storage, draft);
    expect(readPreview(storage)).toEqual(draft);
    storage.setItem('fazhi-dashboard:desk-preview:', '{"entry":1}');
    expect(readPreview(storage)).toBeNull();
  });

  it('ignores a malformed or foreign draft with a reason, and keeps drafts of two sub-paths apart', () => {
    const storage = new MemoryStorage();
    const key = 'fazhi-dashboard:desk-preview:/a/';
    for (const raw of ['{not json', 'null', '{"entry":1,"replaceExisting":false}', JSON.stringify({ ...draft, entry: { ...draft.entry, metrics: [null] } })]) {
      storage.setItem(key, raw);
      const read = readPreviewDraft(storage, '/a/');
      expect(read.draft, raw).toBeNull();
      expect(read.problem, raw).toMatch(/预览草稿/);
    }
    storePreview(storage, draft, '/a/');
    expect(readPreviewDraft(storage, '/b/')).toEqual({ draft: null, problem: null });
    expect(readPreviewDraft(storage, '/a/').draft).toEqual(draft);
    clearPreview(storage, '/a/');
    expect(readPreviewDraft(storage, '/a/')).toEqual({ draft: null, problem: null });
  });

  it('gives the loader the same tables as the saved package', async () => {
    const fetchImpl = previewFetch(serve, draft, fileOf);
    const previewed = await loadDataset({ baseUrl: BASE, fetchImpl });
    const saved = mergeIntoFolder(folder, draft.entry, { replaceExisting: false, stamp: 'x' });
    if (saved.status !== 'merged') throw new Error(saved.status);
    const packaged = await checkDataFolder(folderReader(folderAfterMerge(folder, saved)));
    expect(previewed.problems).toEqual([]);
    expect(previewed).toEqual({ ...packaged.dataset, problems: [] });
    expect(previewed.townships.map((t) => t.id)).toEqual(['alpha', 'beta', 'bing']);
    expect(await fetchReportText(BASE, 'reports/bing-2025.txt', fetchImpl)).toBe(draft.entry.reportText);
  });

  it('passes other files through untouched', async () => {
    const fetchImpl = previewFetch(serve, draft, fileOf);
    const response = await fetchImpl(dataFileUrl(BASE, 'metric-catalog.csv'));
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(folder.get('metric-catalog.csv'));
  });
});

describe('zip', () => {
  it('holds every file under data/ and unpacks to the same bytes', async () => {
    const zip = await zipDataFolder(folder);
    const { unzipSync } = await import('fflate');
    expect(Object.keys(unzipSync(zip)).every((path) => path.startsWith('data/'))).toBe(true);
    const back = await unzipDataFolder(zip);
    expect([...back.keys()].sort()).toEqual([...folder.keys()].sort());
    for (const [path, bytes] of folder) expect(back.get(path), path).toEqual(bytes);
  });
});
