// What es-check cannot see in the built site (issue 11, floor: Chromium 80).
// es-check parses each chunk at the floor's ECMAScript version (syntax such as
// `??=` fails there), but it spots newer built-ins only on literals
// (`[1].at(-1)`, not `rows.at(-1)`). This scan looks for the calls and CSS
// that broke the page in real Chromium 80–91 by name, wherever they occur.
// A hit can be a false alarm in library code; then name it in ALLOWED below
// with the reason.

export interface FloorRule {
  /** What the hit is, and the first Chromium that has it. */
  what: string;
  pattern: RegExp;
  /** 'js' rules run on .js chunks, 'css' rules on stylesheets. */
  kind: 'js' | 'css';
}

export const FLOOR_RULES: readonly FloorRule[] = [
  { what: 'Array/String.prototype.at (Chromium 92)', pattern: /\.at\(\s*-?\d/g, kind: 'js' },
  { what: 'String.prototype.replaceAll (Chromium 85)', pattern: /\.replaceAll\(/g, kind: 'js' },
  { what: 'Object.hasOwn (Chromium 93)', pattern: /\bObject\.hasOwn\(/g, kind: 'js' },
  { what: 'Array.prototype.findLast/findLastIndex (Chromium 97)', pattern: /\.findLast(?:Index)?\(/g, kind: 'js' },
  { what: 'Array.prototype.toSorted/toReversed/toSpliced (Chromium 110)', pattern: /\.to(?:Sorted|Reversed|Spliced)\(/g, kind: 'js' },
  { what: 'structuredClone (Chromium 98)', pattern: /\bstructuredClone\(/g, kind: 'js' },
  { what: 'Object.groupBy / Map.groupBy (Chromium 117)', pattern: /\b(?:Object|Map)\.groupBy\(/g, kind: 'js' },
  { what: 'Promise.any (Chromium 85)', pattern: /\bPromise\.any\(/g, kind: 'js' },
  { what: 'Element.replaceChildren (Chromium 86)', pattern: /\.replaceChildren\(/g, kind: 'js' },
  { what: 'crypto.randomUUID (Chromium 92)', pattern: /\.randomUUID\(/g, kind: 'js' },
  {
    what: 'media query range syntax such as (width>=…) (Chromium 104; older ones ignore the whole rule)',
    pattern: /@media[^{]*\((?:min-|max-)?(?:width|height)\s*[<>]=?/g,
    kind: 'css',
  },
];

export interface FloorHit {
  file: string;
  what: string;
  excerpt: string;
}

/** Hits in one file's text; `kind` says which rules apply. */
export function scanForFloor(file: string, text: string, kind: 'js' | 'css'): FloorHit[] {
  const hits: FloorHit[] = [];
  for (const rule of FLOOR_RULES) {
    if (rule.kind !== kind) continue;
    for (const match of text.matchAll(rule.pattern)) {
      const at = match.index ?? 0;
      hits.push({ file, what: rule.what, excerpt: text.slice(Math.max(0, at - 40), at + 40).replace(/\s+/g, ' ') });
    }
  }
  return hits;
}
