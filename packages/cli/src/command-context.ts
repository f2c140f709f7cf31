import { isAbsolute, resolve } from "node:path";
import { BeratungsfinderError, type Geocoder } from "@beratungsfinder/core";
import { loadGeocoderFromDisk } from "@beratungsfinder/core/node";
import type { CliIo } from "./cli-io.js";
import type { CommandContext } from "./command.js";
import { createProgressBar } from "./progress-bar.js";
import { terminalStyle } from "./terminal-style.js";

/** Builds the context a command runs with. */
export function createContext(io: CliIo, json: boolean): CommandContext {
  const style = terminalStyle(io);
  let geocoder: Promise<Geocoder> | undefined;
  let warnedAboutGeodata = false;
  return {
    io,
    style,
    json,
    print: (line = "") => io.stdout.write(`${line}\n`),
    note: (line) => io.stderr.write(`${line}\n`),
    path: (input) => (isAbsolute(input) ? input : resolve(io.cwd, input)),
    now: () => io.now?.() ?? new Date(),
    // --json output is for machines; keep the terminal quiet then, too.
    progress: () => createProgressBar({ stderr: io.stderr, isTTY: io.isTTY && !json }),
    geocoder: () => {
      geocoder ??= (io.loadGeocoder ?? loadGeocoderFromDisk)();
      return geocoder;
    },
    async optionalGeocoder(purpose) {
      try {
        return await this.geocoder();
      } catch (error) {
        if (!(error instanceof BeratungsfinderError && error.code === "GEODATA_UNAVAILABLE")) throw error;
        if (!warnedAboutGeodata)
          this.note(`${style.yellow("warning:")} ${error.message} Without it, ${purpose}.`);
        warnedAboutGeodata = true;
        return undefined;
      }
    },
  };
}
