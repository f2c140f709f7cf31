import { describe, expect, it } from "vitest";
import { createProgressBar } from "./progress-bar.js";

function sink() {
  let text = "";
  return { write: (chunk: string) => (text += chunk), text: () => text };
}

describe("createProgressBar", () => {
  it("draws on stderr and clears its line when stdout is a terminal", () => {
    const stderr = sink();
    const bar = createProgressBar({ stderr, isTTY: true }, 0);
    bar.update(1, 4, "checking offices");
    expect(stderr.text()).toContain("25% checking offices");
    bar.update(4, 4);
    expect(stderr.text()).toContain("100%");
    bar.finish();
    expect(stderr.text().endsWith("\r\u001b[2K")).toBe(true);
  });

  it("stays silent when stdout is not a terminal", () => {
    const stderr = sink();
    const bar = createProgressBar({ stderr, isTTY: false });
    bar.update(1, 2, "x");
    bar.finish();
    expect(stderr.text()).toBe("");
  });

  it("redraws at most once per interval, but always at the end", () => {
    const stderr = sink();
    const bar = createProgressBar({ stderr, isTTY: true }, 60_000);
    for (let done = 0; done < 100; done++) bar.update(done, 100);
    const draws = stderr.text().split("\r").length - 1;
    expect(draws).toBe(1);
    bar.update(100, 100);
    expect(stderr.text()).toContain("100%");
  });
});
