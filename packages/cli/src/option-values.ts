import { type CommandInput, usageError } from "./command.js";

const DECIMAL = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** Reads a numeric option; anything else is a usage error that quotes what was given. */
export function numberOption(
  input: CommandInput,
  name: string,
  rule: { min?: number; max?: number; integer?: boolean; example: string },
): number | undefined {
  const raw = input.options[name];
  if (raw === undefined || typeof raw === "boolean") return undefined;
  const value = Number(raw.trim());
  // Plain decimals only: Number() would also read "0x13" as 19, "1e1" as 10 and " " as 0.
  const bad =
    !DECIMAL.test(raw.trim()) ||
    !Number.isFinite(value) ||
    (rule.integer && !Number.isInteger(value)) ||
    (rule.min !== undefined && value < rule.min) ||
    (rule.max !== undefined && value > rule.max);
  if (bad) {
    const kind = rule.integer ? "a whole number" : "a number";
    const range =
      rule.min !== undefined && rule.max !== undefined
        ? ` from ${rule.min} to ${rule.max}`
        : rule.min !== undefined
          ? ` of at least ${rule.min}`
          : "";
    throw usageError(
      `Option --${name}: expected ${kind}${range}, e.g. \`--${name} ${rule.example}\`, received ${JSON.stringify(raw)}.`,
    );
  }
  return value;
}

/** Reads a string option that must be given. */
export function requiredOption(input: CommandInput, name: string, example: string): string {
  const raw = input.options[name];
  if (typeof raw !== "string" || raw.trim() === "") {
    throw usageError(`Missing option --${name}, e.g. \`--${name} ${example}\`.`);
  }
  return raw;
}

/** Reads a string option whose value must be one of `allowed`. */
export function choiceOption<T extends string>(
  input: CommandInput,
  name: string,
  allowed: readonly T[],
): T | undefined {
  const raw = input.options[name];
  if (raw === undefined || typeof raw === "boolean") return undefined;
  if ((allowed as readonly string[]).includes(raw)) return raw as T;
  throw usageError(
    `Option --${name}: expected one of ${allowed.join(", ")}, received ${JSON.stringify(raw)}.`,
  );
}

/** A comma-separated option whose items must each be one of `allowed`. */
export function listOption<T extends string>(input: CommandInput, name: string, allowed: readonly T[]): T[] {
  const raw = input.options[name];
  if (typeof raw !== "string") return [];
  const items = raw
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);
  for (const item of items) {
    if (!(allowed as readonly string[]).includes(item)) {
      throw usageError(
        `Option --${name}: expected one of ${allowed.join(", ")}, received ${JSON.stringify(item)}.`,
      );
    }
  }
  return items as T[];
}
