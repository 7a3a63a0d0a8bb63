// Files the clerk drops or chooses become a data folder: paths relative to
// the folder holding the tables, whether they dropped data/, the site folder
// around it, loose CSVs, or a data package (.zip).

import { describe, expect, it } from 'vitest';
import { filesToFolder, reportFilesIn } from '../../../src/desk/folder-io';
import { zipDataFolder } from '../../../src/desk/zip';

const encode = (s: string) => new TextEncoder().encode(s);
const file = (name: string, text: string | Uint8Array) => new File([typeof text === 'string' ? encode(text) : (text as Uint8Array<ArrayBuffer>)], name);

describe('filesToFolder', () => {
  it('takes paths from the folder that holds the tables', async () => {
    const folder = await filesToFolder([
      ['site/index.html', file('index.html', '<html>')],
      ['site/data/townships.csv', file('townships.csv', 'id\n')],
      ['site/data/reports/a-2025.txt', file('a-2025.txt', '报告')],
    ]);
    expect([...folder.keys()].sort()).toEqual(['index.html', 'reports/a-2025.txt', 'townships.csv']);
  });

  it('keeps loose files by name and unpacks a data package', async () => {
    const zip = await zipDataFolder(new Map([['reports.csv', encode('r')], ['reports/b-2025.txt', encode('b')]]));
    const folder = await filesToFolder([
      ['metrics.csv', file('metrics.csv', 'm')],
      ['data-b-2025.zip', file('data-b-2025.zip', zip)],
    ]);
    expect([...folder.keys()].sort()).toEqual(['metrics.csv', 'reports.csv', 'reports/b-2025.txt']);
  });
});

describe('reportFilesIn', () => {
  it('lists the report files reports.csv names, safe paths only, once each', () => {
    const csv = 'township_id,year,title,published,file\na,2024,t,,reports\\a-2024.txt\nb,2024,t,,../secret.txt\nc,2024,t,,./reports/a-2024.txt\n';
    expect(reportFilesIn(encode(csv))).toEqual(['reports/a-2024.txt']);
    expect(reportFilesIn(undefined)).toEqual([]);
  });
});
