// The scan that backs es-check in `npm run check-floor` (issue 11): it must
// find the built-ins and CSS that broke the page in Chromium 80–91, and only those.
import { describe, expect, it } from 'vitest';
import { scanForFloor } from '../../../build/floor-scan';

const whats = (text: string, kind: 'js' | 'css') => scanForFloor('f', text, kind).map((hit) => hit.what.split(' (')[0]);

describe('scanForFloor', () => {
  it('finds Array.prototype.at on any receiver, as minified code writes it', () => {
    expect(whats('let t=n.at(-1);t&&e===t.last', 'js')).toEqual(['Array/String.prototype.at']);
    expect(whats('rows.at( 0 )', 'js')).toEqual(['Array/String.prototype.at']);
  });

  it('finds the other built-ins above Chromium 80', () => {
    expect(whats('s.replaceAll("a","b");Object.hasOwn(o,k);a.findLast(f);structuredClone(x);el.replaceChildren()', 'js')).toEqual([
      'String.prototype.replaceAll',
      'Object.hasOwn',
      'Array.prototype.findLast/findLastIndex',
      'structuredClone',
      'Element.replaceChildren',
    ]);
  });

  it('leaves floor-safe code alone', () => {
    expect(whats('const r=rows[rows.length-1];x.attr(1);el.at;s.replace(/a/g,"b");Object.hasOwnProperty.call(o,k);a.find(f)', 'js')).toEqual([]);
  });

  it('finds media-query range syntax, which Chromium before 104 ignores', () => {
    expect(whats('@media (width>=1280px){.a{margin:0}}', 'css')).toHaveLength(1);
    expect(whats('@media screen and (width < 600px){.a{margin:0}}', 'css')).toHaveLength(1);
    expect(whats('@media (min-width:1280px){.a{margin:0}}@media print{.b{display:none}}', 'css')).toEqual([]);
  });

  it('reports where the hit is', () => {
    const [hit] = scanForFloor('assets/index.js', 'aaaa;runs.at(-1);bbbb', 'js');
    expect(hit?.file).toBe('assets/index.js');
    expect(hit?.excerpt).toContain('runs.at(-1)');
  });
});
