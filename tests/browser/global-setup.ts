// Runs once before the browser tests: builds the site (one `vite build`), makes
// the data variants, serves them all from one static server under sub-paths,
// and starts one chromium that every test file connects to.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_LAUNCH } from './chromium';
import { writeHostileData } from './hostile-data';
import { writeFormulaData } from './formula-data';
import { writeBrokenData, type BrokenRows } from './broken-data';
import { writeGeneratedData } from './generated-data';
import { writeStatesData, type StatesRows } from './states-data';
import { writeMultiYearData, writePartialYearData } from './years-data';
import { writeDataErrorSites, type DataErrorSites } from './data-error-sites';
import { PROJECT_ROOT, buildSite, copySiteWithData, useFrozenData } from './site';
import { startStaticServer } from './static-server';

/** Sub-paths the sites are served under: deep, like an intranet folder. */
export const SITE_PATHS = {
  shipped: '/county/fazhi/dashboard/',
  /** The same build at another sub-path: a copied link must work wherever the folder sits. */
  elsewhere: '/intranet/apps/fazhi-2025/',
  hostile: '/county/hostile/dashboard/',
  broken: '/county/broken/dashboard/',
  generated: '/county/many/dashboard/',
  /** Township names and quotes that look like spreadsheet formulas (CSV export tests). */
  formula: '/county/formula/dashboard/',
  /** A 2025 report for one township only, a rejected row and a value not in its quote (figure states). */
  states: '/county/states/dashboard/',
  /** Shipped 2024 data + one new township's 2025 report: a year only partly in (issue 8). */
  partial: '/county/partial/dashboard/',
  /** Shipped 2024 data + 2025 reports of four of the five townships (issue 8). */
  multi: '/county/multi/dashboard/',
} as const;

/** Townships in the generated set: well above the 30 of issue 3, point 11. */
export const GENERATED_TOWNSHIPS = 36;

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the static server, e.g. http://127.0.0.1:41234 */
    origin: string;
    /** Playwright endpoint of the shared chromium. */
    wsEndpoint: string;
    sitePaths: typeof SITE_PATHS;
    hostileTownshipId: string;
    brokenRows: BrokenRows;
    statesRows: StatesRows;
    generatedTownships: number;
    /** Folder for screenshots and other artefacts to review. */
    outputDir: string;
    /** Sites with one data file broken (data-error-sites.ts). */
    dataErrorSites: DataErrorSites;
    /** Folder of the shipped build on disk (opened from file:// by the floor tests). */
    shippedDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(CHROMIUM_LAUNCH.executablePath ?? '')) {
    throw new Error(`chromium not found at ${CHROMIUM_LAUNCH.executablePath}: run scripts/install-browser.sh`);
  }
  const workDir = join(PROJECT_ROOT, 'test-output', 'browser-site');
  const shippedDir = join(workDir, 'shipped');
  await buildSite(shippedDir);
  // Every site below is a copy of this one: all start from the frozen data.
  useFrozenData(join(shippedDir, 'data'));

  const hostileDir = join(workDir, 'hostile');
  let hostileTownshipId = '';
  await copySiteWithData(shippedDir, hostileDir, (dataDir) => {
    hostileTownshipId = writeHostileData(dataDir);
  });
  const brokenDir = join(workDir, 'broken');
  let brokenRows: BrokenRows | null = null;
  await copySiteWithData(shippedDir, brokenDir, (dataDir) => {
    brokenRows = writeBrokenData(dataDir);
  });
  const generatedDir = join(workDir, 'generated');
  await copySiteWithData(shippedDir, generatedDir, (dataDir) =>
    writeGeneratedData(dataDir, { townships: GENERATED_TOWNSHIPS, years: [2023, 2024] }),
  );

  const formulaDir = join(workDir, 'formula');
  await copySiteWithData(shippedDir, formulaDir, writeFormulaData);
  const partialDir = join(workDir, 'partial');
  await copySiteWithData(shippedDir, partialDir, writePartialYearData);
  const multiDir = join(workDir, 'multi');
  await copySiteWithData(shippedDir, multiDir, writeMultiYearData);

  const statesDir = join(workDir, 'states');
  let statesRows: StatesRows | null = null;
  await copySiteWithData(shippedDir, statesDir, (dataDir) => {
    statesRows = writeStatesData(dataDir);
  });
  const dataErrorSites = await writeDataErrorSites(shippedDir, workDir);

  const server = await startStaticServer([
    ...dataErrorSites.mounts,
    { prefix: SITE_PATHS.shipped, root: shippedDir },
    { prefix: SITE_PATHS.elsewhere, root: shippedDir },
    { prefix: SITE_PATHS.hostile, root: hostileDir },
    { prefix: SITE_PATHS.broken, root: brokenDir },
    { prefix: SITE_PATHS.generated, root: generatedDir },
    { prefix: SITE_PATHS.formula, root: formulaDir },
    { prefix: SITE_PATHS.states, root: statesDir },
    { prefix: SITE_PATHS.partial, root: partialDir },
    { prefix: SITE_PATHS.multi, root: multiDir },
  ]);
  let browserServer: BrowserServer | null = null;
  try {
    browserServer = await chromium.launchServer(CHROMIUM_LAUNCH);
  } catch (error) {
    await server.close();
    throw error;
  }

  const outputDir = join(PROJECT_ROOT, 'test-output');
  mkdirSync(join(outputDir, 'screenshots'), { recursive: true });
  mkdirSync(join(outputDir, 'print'), { recursive: true });
  mkdirSync(join(outputDir, 'exports'), { recursive: true });
  project.provide('origin', server.origin);
  project.provide('wsEndpoint', browserServer.wsEndpoint());
  project.provide('sitePaths', SITE_PATHS);
  project.provide('hostileTownshipId', hostileTownshipId);
  project.provide('brokenRows', brokenRows!);
  project.provide('statesRows', statesRows!);
  project.provide('generatedTownships', GENERATED_TOWNSHIPS);
  project.provide('outputDir', outputDir);
  project.provide('dataErrorSites', dataErrorSites.info);
  project.provide('shippedDir', shippedDir);

  return async () => {
    await browserServer?.close();
    await server.close();
  };
}
