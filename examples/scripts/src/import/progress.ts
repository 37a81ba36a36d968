// Progress of an import: a redrawn bar on a terminal, plain lines every 10 % otherwise (CI
// logs and pipes keep every line, so a bar's carriage returns would only make noise there).
import type { Output } from '../lib/context.ts';

/** Where an import stands. */
export interface Tally {
  readonly total: number;
  created: number;
  replayed: number;
  failed: number;
}

/** Draws the progress of one import. */
export interface Progress {
  update(tally: Tally): void;
  finish(tally: Tally): void;
}

const REDRAW_MS = 100;
const counts = (t: Tally) => `created ${t.created} · replayed ${t.replayed} · failed ${t.failed}`;

/**
 * A progress display on `out` (stderr, so stdout keeps only the summary).
 *
 * @example
 * ```ts
 * const progress = createProgress(process.stderr);
 * progress.update(tally); // after each row
 * progress.finish(tally);
 * ```
 */
export function createProgress(out: Output): Progress {
  let lastDraw = 0;
  let lastTenth = 0;
  if (out.isTTY) {
    const draw = (t: Tally) => {
      const done = t.created + t.replayed + t.failed;
      const width = Math.max(10, Math.min(40, (out.columns ?? 80) - 60));
      const filled = t.total === 0 ? width : Math.round((done / t.total) * width);
      const bar = '█'.repeat(filled) + '░'.repeat(width - filled);
      out.write(`\r\x1b[2K${bar} ${done}/${t.total}  ${counts(t)}`);
    };
    return {
      update(t) {
        const now = Date.now();
        if (now - lastDraw < REDRAW_MS) return;
        lastDraw = now;
        draw(t);
      },
      finish(t) {
        draw(t);
        out.write('\n');
      },
    };
  }
  return {
    update(t) {
      const done = t.created + t.replayed + t.failed;
      const tenth = t.total === 0 ? 10 : Math.floor((done * 10) / t.total);
      if (tenth <= lastTenth || tenth >= 10) return;
      lastTenth = tenth;
      out.write(`progress: ${done}/${t.total} (${counts(t)})\n`);
    },
    finish(t) {
      out.write(`progress: ${t.created + t.replayed + t.failed}/${t.total} (${counts(t)})\n`);
    },
  };
}
