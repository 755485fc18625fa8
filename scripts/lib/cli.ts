import { parseArgs, type ParseArgsConfig } from "node:util";

/**
 * The command line of one of the book's scripts, read with node's parseArgs: `--help` prints the
 * usage and exits; an unknown option, a missing value or a stray argument prints what was wrong
 * and the usage, and exits with status 2, instead of a stack trace.
 */
export function cliArgs<T extends ParseArgsConfig>(usage: string, config: T): ReturnType<typeof parseArgs<T>> {
  if (process.argv.slice(2).some((arg) => arg === "--help" || arg === "-h")) {
    console.log(`usage: ${usage}`);
    process.exit(0);
  }
  try {
    return parseArgs(config);
  } catch (e) {
    return usageError((e as Error).message, usage);
  }
}

/** The whole number given for `option`, at least `min`; anything else is a usage error. */
export function wholeNumber(value: string, option: string, usage: string, min = 1): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min)
    usageError(`${option} takes a whole number of ${min} or more, not "${value}"`, usage);
  return n;
}

function usageError(message: string, usage: string): never {
  console.error(`${message}\nusage: ${usage}`);
  process.exit(2);
}
