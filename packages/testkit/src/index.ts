export { CHROMIUM_PATH, launchChromium } from './chromium.ts';
export { startDynalite, type TestDynalite } from './dynalite.ts';
export { freePort } from './free-port.ts';
export { typecheckConsumer } from './typecheck-consumer.ts';
