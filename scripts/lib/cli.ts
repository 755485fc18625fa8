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
    console.error(`${(e as Error).message}\nusage: ${usage}`);
    process.exit(2);
  }
}
