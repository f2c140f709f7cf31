import { runCli } from "./run-cli.js";

// `beratungsfinder … | head` closes the pipe early; that is the reader's choice, not an error to report.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

// The bin's only job: hand the process to runCli and report its exit code without cutting output short.
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  isTTY: process.stdout.isTTY === true,
  env: process.env,
});
