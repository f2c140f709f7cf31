import { fileURLToPath } from "node:url";
import { esbuildPlugin } from "@web/dev-server-esbuild";
import { defaultReporter, summaryReporter } from "@web/test-runner";
import { chromeLauncher } from "@web/test-runner-chrome";
import { a11ySnapshotPlugin } from "@web/test-runner-commands/plugins";
import chromiumLaunch from "../../chromium.json" with { type: "json" };
import { faultMiddleware } from "./test/fault-server.mjs";
import { jsonReporter } from "./test/json-reporter.mjs";

const tsconfig = fileURLToPath(new URL("./tsconfig.json", import.meta.url));

// A page under a strict Content-Security-Policy: no inline script or style, no eval.
const cspPage = (testFramework) => `<!doctype html>
<html lang="en">
  <head>
    <meta http-equiv="Content-Security-Policy" content="default-src 'self'; connect-src 'self' ws: wss:" />
  </head>
  <body>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`;

// WTR_FILES="src/a.test.ts,src/b.test.ts" runs just those files (the groups below ignore --files).
const only = process.env.WTR_FILES?.split(",").filter(Boolean);

/** @type {import("@web/test-runner").TestRunnerConfig} */
export default {
  rootDir: "../..",
  groups: only
    ? [
        { name: "unit", files: only.filter((file) => !file.endsWith(".csp.test.ts")) },
        { name: "csp", files: only.filter((file) => file.endsWith(".csp.test.ts")), testRunnerHtml: cspPage },
      ].filter((group) => group.files.length > 0)
    : [
        { name: "unit", files: ["src/**/*.test.ts", "!src/**/*.csp.test.ts"] },
        { name: "csp", files: "src/**/*.csp.test.ts", testRunnerHtml: cspPage },
      ],
  middleware: [faultMiddleware()],
  nodeResolve: { exportConditions: ["source", "browser", "import"] },
  // a11ySnapshot: the accessibility tree as screen readers get it (landmark names, a heading's name with the count).
  plugins: [esbuildPlugin({ ts: true, tsconfig, target: "es2022" }), a11ySnapshotPlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? chromiumLaunch.executablePath,
        headless: true,
        args: ["--headless=new", ...chromiumLaunch.args],
      },
    }),
  ],
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 120000,
  reporters: [defaultReporter(), summaryReporter(), jsonReporter({ outputFile: "reports/wtr.json" })],
};
