// A GBK encoder for appending rows to a data file that WPS or Excel saved as
// GBK (the default "CSV" on Chinese Windows): the browser can decode GBK but
// TextEncoder only writes UTF-8. The table is the inverse of the browser's
// own 'gbk' decoder over every two-byte code, so what this writes reads back
// exactly as the loader decodes it. Built once, on first use (~24,000 codes).

let table: Map<number, number> | null = null;

function buildTable(): Map<number, number> {
  const map = new Map<number, number>();
  const decoder = new TextDecoder('gbk');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    const pairs: number[] = [];
    for (let trail = 0x40; trail <= 0xfe; trail++) if (trail !== 0x7f) pairs.push(lead, trail);
    const text = decoder.decode(new Uint8Array(pairs));
    // Every pair of this range is one BMP character in the WHATWG decoder; check, then map.
    if (text.length === pairs.length / 2) {
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code !== 0xfffd && !map.has(code)) map.set(code, (pairs[2 * i]! << 8) | pairs[2 * i + 1]!);
      }
    } else {
      for (let i = 0; i < pairs.length; i += 2) {
        const one = decoder.decode(new Uint8Array([pairs[i]!, pairs[i + 1]!]));
        if (one.length === 1 && one !== '\ufffd' && !map.has(one.charCodeAt(0))) map.set(one.charCodeAt(0), (pairs[i]! << 8) | pairs[i + 1]!);
      }
    }
  }
  return map;
}

/** The text as GBK bytes, or null when a character has no GBK code (then the file must become UTF-8). */
export function encodeGbk(text: string): Uint8Array | null {
  table ??= buildTable();
  const out = new Uint8Array(text.length * 2);
  let at = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      out[at++] = code;
      continue;
    }
    const bytes = table.get(code);
    if (bytes === undefined) return null;
    out[at++] = bytes >> 8;
    out[at++] = bytes & 0xff;
  }
  return out.slice(0, at);
}
