// Which build a page (and its printout) comes from: package.json's version and
// the build date, injected by vite.config.ts (`define`). Outside a Vite build
// (unit tests under Node) the constants do not exist and "开发版" is shown.

declare const __APP_VERSION__: string | undefined;
declare const __BUILD_DATE__: string | undefined;

const version = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : null;
const buildDate = typeof __BUILD_DATE__ === 'string' ? __BUILD_DATE__ : null;

/** e.g. "0.1.0（2026-11-23构建）". */
export const BUILD_VERSION: string = version ? `${version}${buildDate ? `（${buildDate}构建）` : ''}` : '开发版';
