// Debian's Chromium through playwright-core (never a downloaded browser), with the flags of
// the project's toolchain notes.
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/** Where `apt-get install chromium` puts the browser. */
export const CHROMIUM = '/usr/bin/chromium';

/**
 * Launches headless Chromium.
 *
 * @example
 * ```ts
 * const browser = await launchChromium();
 * ```
 */
export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
