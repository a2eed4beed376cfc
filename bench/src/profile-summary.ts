// `tsx src/profile-summary.ts FILE.cpuprofile [N]`: where a CPU profile of the server (taken with
// BENCH_SERVER_NODE_ARGS="--cpu-prof", see docs/performance.md) spent its time: the functions with
// the most time of their own, and each sample charged to the nearest frame of Boordtabel's own
// code (else to the library or runtime function it was in), so "Prisma under the plan overview"
// and "the socket writes of pg" can be told apart.
import { readFileSync } from "node:fs";

interface Frame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface Profile {
  nodes: { id: number; callFrame: Frame; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

const [file, top = "25"] = process.argv.slice(2);
if (!file) {
  console.error("usage: tsx src/profile-summary.ts FILE.cpuprofile [N]");
  process.exit(2);
}
const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const time = new Map<number, number>();
profile.samples.forEach((id, i) => time.set(id, (time.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const total = [...time.values()].reduce((a, b) => a + b, 0);

const where = (f: Frame) =>
  f.url.replace(/.*node_modules\/\.pnpm\/([^/]+)\/.*/, "$1").replace(/.*\/(apps|packages)\//, "$1/");
const label = (f: Frame) => `${f.functionName || "(anonymous)"} ${where(f)}`.trim();
const ownCode = (f: Frame) => /\/(apps|packages)\//.test(f.url) && !f.url.includes("node_modules");

const self = new Map<string, number>();
const charged = new Map<string, number>();
for (const [id, t] of time) {
  const frame = byId.get(id)!.callFrame;
  self.set(label(frame), (self.get(label(frame)) ?? 0) + t);
  let cursor: number | undefined = id;
  let owner = `[${label(frame)}]`;
  while (cursor !== undefined) {
    const f = byId.get(cursor)!.callFrame;
    if (ownCode(f)) {
      owner = `${where(f)}: ${f.functionName || "(anonymous)"}`;
      break;
    }
    cursor = parent.get(cursor);
  }
  charged.set(owner, (charged.get(owner) ?? 0) + t);
}
const table = (m: Map<string, number>) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, Number(top))
    .map(
      ([name, t]) => `${(t / 1000).toFixed(0).padStart(7)} ms ${((100 * t) / total).toFixed(1).padStart(5)} %  ${name}`,
    )
    .join("\n");
console.log(
  `${(total / 1000).toFixed(0)} ms sampled\n\nown time:\n${table(self)}\n\ncharged to Boordtabel's code:\n${table(charged)}`,
);
