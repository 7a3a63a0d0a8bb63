// Shared helpers for the data-stage tests: the fixture folder as bytes, a
// GBK encoder (Node can decode GBK but not encode it), and small edits of
// CSV text by line.

import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DataFileBytes, DataFileKey } from '../../../src/data/index';
import { DATA_FILES } from '../../../src/data/index';

const here = dirname(fileURLToPath(import.meta.url));
export const FIXTURE_DIR = resolve(here, '../../fixtures/data');
/** data/ as it is now: for checks that must hold on whatever the folder holds. */
export const SHIPPED_DATA_DIR = resolve(here, '../../../data');
/**
 * The data as shipped with the 2024 reports, frozen (tests/fixtures/shipped-2024/README.md):
 * for tests that expect its exact rows, so adding next year's reports to data/ leaves them green.
 */
export const FROZEN_DATA_DIR = resolve(here, '../../fixtures/shipped-2024');

const utf8 = new TextEncoder();

export function fixtureText(file: string): string {
  return readFileSync(join(FIXTURE_DIR, file), 'utf8');
}

/** The six fixture CSVs as bytes, with `overrides` (text or bytes or null) replacing some. */
export function fixtureFiles(overrides: Partial<Record<DataFileKey, string | Uint8Array | null>> = {}): DataFileBytes {
  const files = {} as DataFileBytes;
  for (const key of Object.keys(DATA_FILES) as DataFileKey[]) {
    const override = overrides[key];
    if (override === undefined) files[key] = new Uint8Array(readFileSync(join(FIXTURE_DIR, DATA_FILES[key])));
    else files[key] = typeof override === 'string' ? utf8.encode(override) : override;
  }
  return files;
}

/** Replaces 1-based line `line` of a text. */
export function replaceLine(text: string, line: number, replacement: string): string {
  const lines = text.split('\n');
  if (line < 1 || line > lines.length) throw new Error(`no line ${line}`);
  lines[line - 1] = replacement;
  return lines.join('\n');
}

/** Appends a line, keeping the text's final newline. */
export function appendLine(text: string, line: string): string {
  return text.endsWith('\n') ? `${text}${line}\n` : `${text}\n${line}\n`;
}

/** Number of lines of a CSV text ending in a newline: the next appended line is this + 1. */
export function lineCount(text: string): number {
  return text.replace(/\n$/, '').split('\n').length;
}

// GBK encoding table, built once by decoding every two-byte sequence.
let gbkTable: Map<string, [number, number]> | null = null;

/** Encodes text as GBK bytes (ASCII stays single-byte). Throws on a character GBK lacks. */
export function encodeGbk(text: string): Uint8Array {
  if (!gbkTable) {
    gbkTable = new Map();
    const decoder = new TextDecoder('gbk');
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const char = decoder.decode(new Uint8Array([lead, trail]));
        if (char.length === 1 && char !== '\uFFFD' && !gbkTable.has(char)) gbkTable.set(char, [lead, trail]);
      }
    }
  }
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = gbkTable.get(char);
      if (!pair) throw new Error(`not in GBK: ${char}`);
      bytes.push(...pair);
    }
  }
  return new Uint8Array(bytes);
}
