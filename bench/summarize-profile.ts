/**
 * `tsx bench/summarize-profile.ts <file.cpuprofile> [--top N]`: a text summary of a V8 CPU profile
 * (from `node --cpu-prof`), so that where the time went can be committed and read in a diff:
 * self time by package (node_modules package, workspace package, node internals, GC, idle), the
 * functions with the most self time, and those with the most total time (self plus callees).
 */
import fs from "node:fs";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/** Where a frame's code comes from: an npm package, one of ours, node itself, or V8's own work. */
export function frameOwner(url: string, functionName: string): string {
  if (!url) return functionName.startsWith("(") ? functionName : "(native)";
  const modules = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (modules?.[1]) return modules[1];
  const workspace = /\/(apps|packages)\/([^/]+)\//.exec(url);
  if (workspace) return `@roster/${workspace[2]}`;
  if (url.startsWith("node:")) return "node:internal";
  return url.replace(/^file:\/\//, "");
}

export function summarizeProfile(profile: CpuProfile, top = 25): string {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfMicros = new Map<number, number>();
  profile.samples.forEach((id, index) => selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)));
  const total = [...selfMicros.values()].reduce((sum, value) => sum + value, 0);
  const idle = [...selfMicros].filter(([id]) => byId.get(id)?.callFrame.functionName === "(idle)").reduce((sum, [, value]) => sum + value, 0);
  const busy = total - idle;

  const owners = new Map<string, number>();
  const functions = new Map<string, number>();
  for (const [id, micros] of selfMicros) {
    const frame = byId.get(id)?.callFrame;
    if (!frame || frame.functionName === "(idle)") continue;
    const owner = frameOwner(frame.url, frame.functionName);
    owners.set(owner, (owners.get(owner) ?? 0) + micros);
    const name = `${frame.functionName || "(anonymous)"}  ${owner}${frame.url ? `:${frame.lineNumber + 1}` : ""}`;
    functions.set(name, (functions.get(name) ?? 0) + micros);
  }
  const parents = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  const inclusive = new Map<string, number>();
  for (const [id, micros] of selfMicros) {
    if (byId.get(id)?.callFrame.functionName === "(idle)") continue;
    const seen = new Set<string>();
    for (let current: number | undefined = id; current !== undefined; current = parents.get(current)) {
      const frame = byId.get(current)?.callFrame;
      if (!frame?.url) continue;
      const name = `${frame.functionName || "(anonymous)"}  ${frameOwner(frame.url, frame.functionName)}:${frame.lineNumber + 1}`;
      if (seen.has(name)) continue;
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + micros);
    }
  }
  const percent = (micros: number) => `${((100 * micros) / Math.max(busy, 1)).toFixed(1).padStart(5)} %`;
  const table = (entries: Map<string, number>, limit: number) =>
    [...entries]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([name, micros]) => `${percent(micros)}  ${(micros / 1000).toFixed(0).padStart(7)} ms  ${name}`)
      .join("\n");
  return [
    `profile: ${((profile.endTime - profile.startTime) / 1e6).toFixed(1)} s, busy ${(busy / 1000).toFixed(0)} ms (idle ${(idle / 1000).toFixed(0)} ms)`,
    "",
    "self time by owner (share of busy time):",
    table(owners, 20),
    "",
    `top ${top} functions by self time:`,
    table(functions, top),
    "",
    `top ${top} functions by total time (self and callees):`,
    table(inclusive, top),
  ].join("\n");
}

if (process.argv[1]?.endsWith("summarize-profile.ts")) {
  const [file, flag, count] = process.argv.slice(2);
  if (!file) throw new Error("Usage: tsx bench/summarize-profile.ts <file.cpuprofile> [--top N]");
  const top = flag === "--top" && count ? Number(count) : 25;
  console.log(summarizeProfile(JSON.parse(fs.readFileSync(file, "utf8")) as CpuProfile, top));
}
