import type { StorybookConfig } from "@storybook/web-components-vite";
import { defaultClientConditions, mergeConfig } from "vite";

// No request leaves the machine: no telemetry, no update check.
process.env.STORYBOOK_DISABLE_TELEMETRY ??= "1";

const config: StorybookConfig = {
  framework: { name: "@storybook/web-components-vite", options: {} },
  stories: ["../src/**/*.stories.ts"],
  addons: ["@storybook/addon-a11y", "@storybook/addon-vitest"],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // "source" points the workspace packages (core, schemas) at their TypeScript sources, as in the tests.
  viteFinal: (vite) =>
    mergeConfig(vite, {
      resolve: { conditions: ["source", ...defaultClientConditions] },
      optimizeDeps: { include: ["lit", "lit/decorators.js", "lit/directives/live.js", "@lit/task"] },
    }),
};

export default config;
