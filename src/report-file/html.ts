// A page copied from a government website (the clipboard's text/html) → the
// report's text without the site's navigation: menus, breadcrumbs, headers,
// footers, share bars, scripts and forms are dropped; block elements become
// line breaks. A tokenizer on the markup, so it runs alike in the browser and
// in Node; the page's own words are never rewritten.

const DROP_ELEMENTS = ['script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'aside', 'form', 'select', 'button', 'iframe', 'svg', 'object'];
const NAV_HINT = /(?:^|[\s_-])(?:nav|navbar|menu|breadcrumb|crumb|footer|share|toolbar|sidebar|search|login|copyright)(?:$|[\s_\d-])/i;
const BLOCK = /^(?:p|div|br|li|tr|h[1-6]|section|article|table|ul|ol|dd|dt|blockquote|pre|hr)$/i;
/** Lines that are the site's furniture, not the report. */
const NAV_LINE = /^(?:首页|网站首页|当前位置|您当前的?位置|您现在的位置|当前所在位置|打印本页|关闭窗口|打印|关闭|分享到|【?字体|字号|【大】|上一篇|下一篇|返回顶部|扫一扫|主办单位|承办单位|网站标识码|ICP备|技术支持|浏览次数|阅读次数|访问次数)/;

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', mdash: '—', hellip: '…', middot: '·', ensp: ' ', emsp: ' ' };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

const TAG = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>|([^<]+)/g;
const VOID = /^(?:br|hr|img|input|meta|link|area|base|col|embed|source|track|wbr)$/i;

/** The text of an HTML fragment or page, navigation removed. */
export function htmlToText(html: string): string {
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
  let out = '';
  // Stack of open elements; `dropDepth` > 0 while inside one that is dropped.
  const stack: Array<{ name: string; drop: boolean }> = [];
  let dropDepth = 0;
  for (const m of body.matchAll(TAG)) {
    const [, closing, rawName, attrs, chars] = m;
    if (chars !== undefined) {
      if (dropDepth === 0) out += decodeEntities(chars.replace(/[\r\n\t ]+/g, ' '));
      continue;
    }
    if (rawName === undefined) continue;
    const name = rawName.toLowerCase();
    if (closing === '/') {
      // Close up to the matching element (pages are often not well-formed).
      for (let i = stack.length - 1; i >= 0; i--) {
        if (stack[i]!.name !== name) continue;
        for (const closed of stack.splice(i)) if (closed.drop) dropDepth--;
        break;
      }
      if (BLOCK.test(name) && dropDepth === 0) out += '\n';
      continue;
    }
    if (BLOCK.test(name) && dropDepth === 0) out += '\n';
    if (VOID.test(name) || /\/\s*$/.test(attrs ?? '')) continue;
    const classAndId = / (?:class|id)\s*=\s*["']([^"']*)["']/gi;
    let hinted = false;
    for (const a of (attrs ?? '').matchAll(classAndId)) if (NAV_HINT.test(a[1]!)) hinted = true;
    const drop = DROP_ELEMENTS.includes(name) || hinted;
    stack.push({ name, drop });
    if (drop) dropDepth++;
  }
  return out
    .split('\n')
    .map((line) => line.replace(/[ \u00a0\u3000]+/g, ' ').trim())
    .filter((line) => line !== '' && !NAV_LINE.test(line))
    .join('\n');
}
