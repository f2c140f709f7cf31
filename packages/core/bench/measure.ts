import { performance } from "node:perf_hooks";

export interface Timing {
  p50: number;
  p99: number;
  mean: number;
  runs: number;
}

/**
 * Times `run(i)` for `runs` iterations after `warmUp` untimed ones, in milliseconds per call.
 * Each call is timed on its own so the percentiles show the spread, not just the average.
 */
export function measure(
  run: (iteration: number) => unknown,
  runs: number,
  warmUp = Math.min(50, runs),
): Timing {
  let sink = 0;
  for (let i = 0; i < warmUp; i++) sink += run(i) ? 1 : 0;
  const times = new Float64Array(runs);
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    sink += run(i) ? 1 : 0;
    times[i] = performance.now() - start;
  }
  times.sort();
  const at = (q: number) => times[Math.min(runs - 1, Math.floor(q * runs))]!;
  const mean = times.reduce((sum, t) => sum + t, 0) / runs;
  // Keep the results alive so the engine cannot drop the work.
  if (sink === -1) console.log(sink);
  return { p50: at(0.5), p99: at(0.99), mean, runs };
}

export function formatMs(ms: number): string {
  if (ms < 0.01) return `${(ms * 1000).toFixed(1)} µs`;
  if (ms < 10) return `${ms.toFixed(3)} ms`;
  return `${ms.toFixed(1)} ms`;
}

/** A plain-text table with right-aligned columns, readable in a terminal and in a commit message. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((cell, column) =>
    Math.max(cell.length, ...rows.map((row) => row[column]?.length ?? 0)),
  );
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join(" | ")} |`;
  const rule = `|${widths.map((width, column) => (column === 0 ? ":" : "-") + "-".repeat(width) + (column === 0 ? "-" : ":")).join("|")}|`;
  return [line(header), rule, ...rows.map(line)].join("\n");
}
