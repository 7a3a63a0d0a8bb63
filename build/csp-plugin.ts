// Adds the Content-Security-Policy meta tag to the BUILT index.html only: the
// dev server injects inline <style> for hot reload, which this policy forbids.
// The policy: nothing but our own origin, no inline script or style markup.
// React sets style props through the CSSOM (element.style), which CSP allows;
// ECharts' HTML tooltip would set style attributes, so tooltips use richText.
import type { Plugin } from 'vite';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
].join('; ');

export function contentSecurityPolicyPlugin(policy: string = CONTENT_SECURITY_POLICY): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (/<script(?![^>]*\bsrc=)[^>]*>/i.test(html)) {
          // An inline script would be blocked by the policy and the page would stay blank.
          throw new Error('index.html contains an inline <script>, which the CSP forbids');
        }
        const tag = `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/"/g, '&quot;')}" />`;
        // Right after <meta charset>: before any script or stylesheet, which it must govern.
        const charset = /<meta charset="[^"]*"\s*\/?>/i;
        if (!charset.test(html)) throw new Error('index.html needs a <meta charset> for the CSP to follow');
        return html.replace(charset, (match) => `${match}\n    ${tag}`);
      },
    },
  };
}
