// Replaces a site copy's data/ folder with a generated set of many townships
// (tests/generate-townships.ts), for the "readable at scale" test and the bench.
import { rmSync } from 'node:fs';
import { writeGeneratedDataset, type GenerateOptions } from '../generate-townships';

export function writeGeneratedData(dataDir: string, options: GenerateOptions): void {
  // Start from an empty folder: no shipped report may linger beside the generated ones.
  rmSync(dataDir, { recursive: true, force: true });
  writeGeneratedDataset(dataDir, options);
}
