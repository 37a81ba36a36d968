/** Summary statistics of a sample: the median and the interquartile range around it. */
export interface Summary {
  readonly n: number;
  readonly median: number;
  readonly p25: number;
  readonly p75: number;
  /** (p75 - p25) / median: how noisy the sample is, scale-free. */
  readonly spread: number;
}

/** The q-quantile (0..1) by linear interpolation. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo] as number;
  const b = sorted[hi] as number;
  return a + (b - a) * (pos - lo);
}

/** Summarises a sample. */
export function summarize(values: readonly number[]): Summary {
  const median = quantile(values, 0.5);
  const p25 = quantile(values, 0.25);
  const p75 = quantile(values, 0.75);
  return { n: values.length, median, p25, p75, spread: median === 0 ? 0 : (p75 - p25) / Math.abs(median) };
}
