import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const script =
  (name: string) =>
  (...args: string[]) =>
    spawnSync(process.execPath, [path.join(root, "scripts", name), ...args], { encoding: "utf8" });
const run = script("serve.ts");

/** The book's scripts answer --help and a mistyped option with their usage, not a stack trace. */
describe("the scripts' command lines", () => {
  it("print the usage for --help and exit 0", () => {
    const result = run("--help");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("usage: node scripts/serve.ts [--port 4321] [--dir dist]");
  });

  it("name an unknown option, print the usage and exit 2", () => {
    const result = run("--prot", "4000");
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("Unknown option '--prot'");
    expect(result.stderr).toContain("usage: node scripts/serve.ts");
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("refuse a count that is not a whole number, before doing any work", () => {
    const result = script("bench.ts")("--lighthouse-runs", "five");
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--lighthouse-runs takes a whole number of 1 or more, not "five"');
    expect(result.stdout).not.toContain("##");
  });
});
