// puppeteer-core 2.1.1 (installed as "puppeteer-core-2", the last that drives
// Chromium 80) ships no types: the little of it old-chromium.test.ts uses.
declare module 'puppeteer-core-2' {
  interface PuppeteerPage {
    setViewport(viewport: { width: number; height: number }): Promise<void>;
    goto(url: string, options?: { waitUntil?: string; timeout?: number }): Promise<unknown>;
    on(event: 'pageerror', handler: (error: Error) => void): void;
    on(event: 'console', handler: (message: { type(): string; text(): string }) => void): void;
    waitForFunction(fn: string, options?: { timeout?: number; polling?: string | number }): Promise<unknown>;
    evaluate<T>(fn: string): Promise<T>;
    screenshot(options: { path: string; fullPage?: boolean }): Promise<unknown>;
    pdf(options: { preferCSSPageSize?: boolean; printBackground?: boolean }): Promise<Buffer>;
    close(): Promise<void>;
  }
  interface PuppeteerBrowser {
    version(): Promise<string>;
    newPage(): Promise<PuppeteerPage>;
    close(): Promise<void>;
  }
  const puppeteer: {
    launch(options: { executablePath: string; args: string[]; headless?: boolean }): Promise<PuppeteerBrowser>;
  };
  export default puppeteer;
}
