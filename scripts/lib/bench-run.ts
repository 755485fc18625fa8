/**
 * Runs a command and measures it: wall time, the peak resident memory of its whole process tree
 * (sampled from /proc every 100 ms; Linux only), and the step times that scripts/build.ts prints.
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";

export interface Measured {
  ok: boolean;
  ms: number;
  /** Peak of the summed resident memory of the process and its descendants, in MiB; undefined without /proc. */
  peakMiB: number | undefined;
  /** "build: site done in 9.8 s" → site: 9800. */
  steps: Record<string, number>;
  /** Peak memory (MiB) while each of those steps ran. */
  stepPeaks: Record<string, number>;
  output: string;
}

function parentsByPid(): Map<number, number> {
  const parents = new Map<number, number>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      parents.set(Number(name), Number(fields[1]));
    } catch {
      // The process ended while we looked.
    }
  }
  return parents;
}

function rssKiB(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** Resident memory of `root` and every process below it, in KiB. */
export function treeRssKiB(root: number): number {
  const parents = parentsByPid();
  const tree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, parent] of parents) {
      if (!tree.has(pid) && tree.has(parent)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  let total = 0;
  for (const pid of tree) total += rssKiB(pid);
  return total;
}

export function measure(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<Measured> {
  const started = performance.now();
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const canSample = existsSync("/proc/self/status");
  let peak = 0;
  let stepPeak = 0;
  const stepPeaks: Record<string, number> = {};
  child.stdout.on("data", (d: Buffer) => {
    output += d.toString();
    for (const m of d.toString().matchAll(/^build: (.+?) done in /gm)) {
      stepPeaks[m[1] ?? ""] = stepPeak / 1024;
      stepPeak = 0;
    }
  });
  child.stderr.on("data", (d: Buffer) => (output += d.toString()));
  const sampler = canSample
    ? setInterval(() => {
        if (!child.pid) return;
        const now = treeRssKiB(child.pid);
        peak = Math.max(peak, now);
        stepPeak = Math.max(stepPeak, now);
      }, 100)
    : undefined;
  return new Promise((resolve) => {
    child.on("close", (code) => {
      if (sampler) clearInterval(sampler);
      const steps: Record<string, number> = {};
      for (const m of output.matchAll(/^build: (.+?) done in ([\d.]+) s$/gm)) {
        steps[m[1] ?? ""] = Number(m[2]) * 1000;
      }
      resolve({
        ok: code === 0,
        ms: performance.now() - started,
        peakMiB: canSample ? peak / 1024 : undefined,
        steps,
        stepPeaks,
        output,
      });
    });
  });
}
