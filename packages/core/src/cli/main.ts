import { runCli } from "./run-cli.js";

// The bin's only job: hand the process to runCli and report its exit code without cutting output short.
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  isTTY: process.stdout.isTTY === true,
  env: process.env,
});
