import type { CliIo } from "./cli-io.js";

/** Reports how far long work has come; a no-op when nobody is watching a terminal. */
export interface ProgressBar {
  /** `done` of `total` steps finished; `label` says what is happening now. */
  update(done: number, total: number, label?: string): void;
  /** Clears the bar so the next output starts on a clean line. */
  finish(): void;
}

const WIDTH = 24;
const SILENT: ProgressBar = { update() {}, finish() {} };

/**
 * A one-line bar on stderr, drawn only when stdout is a terminal: piped or `--json` output stays
 * free of control characters. Within one stage it redraws at most every 50 ms, so large loops are not slowed by it.
 */
export function createProgressBar(io: Pick<CliIo, "stderr" | "isTTY">, minIntervalMs = 50): ProgressBar {
  if (!io.isTTY) return SILENT;
  let drawn = false;
  let lastDraw = 0;
  let lastLabel = "";
  return {
    update(done, total, label = "") {
      const now = Date.now();
      // A new stage always shows; within a stage, redraws are throttled.
      if (drawn && done < total && label === lastLabel && now - lastDraw < minIntervalMs) return;
      lastDraw = now;
      lastLabel = label;
      drawn = true;
      const ratio = total > 0 ? Math.min(1, Math.max(0, done / total)) : 0;
      const filled = Math.round(ratio * WIDTH);
      const bar = `${"█".repeat(filled)}${"░".repeat(WIDTH - filled)}`;
      const percent = `${Math.round(ratio * 100)}%`.padStart(4);
      io.stderr.write(`\r\u001b[2K${bar} ${percent} ${label}`);
    },
    finish() {
      if (drawn) io.stderr.write("\r\u001b[2K");
      drawn = false;
    },
  };
}
