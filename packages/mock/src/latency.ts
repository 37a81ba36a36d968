// Response latency. The pipeline waits exactly once per call, just before it touches the
// store (so an Idempotency-Key is already claimed while the call "runs", and a concurrent
// retry sees 409 as it would against the real API), or before answering if it never got there.
import { delay } from 'msw';
import type { LatencyOption } from './options.ts';

/** Returns a function that waits the configured latency the first time it is called, and at once afterwards. */
export function latencyOnce(option: LatencyOption | undefined): () => Promise<void> {
  let waited = false;
  return async () => {
    if (waited || option === undefined) return;
    waited = true;
    if (option === 'real') return delay('real');
    if (typeof option === 'number') return delay(option);
    const [min, max] = option;
    return delay(Math.round(min + Math.random() * (max - min)));
  };
}
