// Runs the build scripts' tests in Node, and every story as a test in headless Chromium (Storybook's
// Vitest addon); the a11y addon fails a story on any axe violation (`a11y: { test: "error" }` in
// .storybook/preview.ts).
import { fileURLToPath } from "node:url";
import { storybookTest } from "@storybook/addon-vitest/vitest-plugin";
import { playwright } from "@vitest/browser-playwright";
import { defineConfig } from "vitest/config";
import chromiumLaunch from "../../chromium.json" with { type: "json" };

process.env.STORYBOOK_DISABLE_TELEMETRY ??= "1";

const configDir = fileURLToPath(new URL("./.storybook", import.meta.url));

export default defineConfig({
  test: {
    reporters: ["default", "json"],
    outputFile: { json: "reports/storybook.json" },
    projects: [
      // The build's Node scripts (locale and glossary checks), tested in Node.
      {
        extends: true,
        test: { name: "scripts", environment: "node", include: ["scripts/**/*.test.mjs"] },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir })],
        test: {
          name: "storybook",
          testTimeout: 20_000,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: {
                executablePath: process.env.CHROME_PATH ?? chromiumLaunch.executablePath,
                args: chromiumLaunch.args,
              },
            }),
            instances: [{ browser: "chromium" }],
          },
        },
      },
    ],
  },
});
