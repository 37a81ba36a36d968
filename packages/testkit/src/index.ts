export { CHROMIUM_PATH, launchChromium } from './chromium.ts';
export { startDynalite, type TestDynalite } from './dynalite.ts';
