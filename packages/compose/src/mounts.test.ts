import { describe, expect, it } from "vitest";
import { mountEntry, parseShortVolume } from "./mounts.ts";
import type { StackVolume } from "./stack-plan.ts";
import { composeMessages, findingsFromIssues } from "./zod-issues.ts";

const volumes = new Map<string, StackVolume>([
  ["data", { name: "demo_data", external: false, labels: { "com.docker.stack.namespace": "demo" } }],
  ["shared", { name: "nfs_shared", external: true }],
]);
const Mount = mountEntry(volumes);

function problem(entry: unknown): string | undefined {
  const issues = Mount.safeParse(entry, { error: composeMessages }).error?.issues ?? [];
  return findingsFromIssues(issues, [])[0]?.message;
}

describe("volumes entries", () => {
  it("reads the short syntax", () => {
    expect(Mount.parse("data:/var/data:ro,nocopy")).toEqual({
      Type: "volume",
      Source: "demo_data",
      Target: "/var/data",
      ReadOnly: true,
      VolumeOptions: { NoCopy: true, Labels: { "com.docker.stack.namespace": "demo" } },
    });
    expect(Mount.parse("/srv/www:/usr/share/nginx/html:rshared")).toEqual({ Type: "bind", Source: "/srv/www", Target: "/usr/share/nginx/html", BindOptions: { Propagation: "rshared" } });
    expect(Mount.parse("/scratch")).toEqual({ Type: "volume", Target: "/scratch" });
    expect(Mount.parse("shared:/mnt")).toEqual({ Type: "volume", Source: "nfs_shared", Target: "/mnt", VolumeOptions: {} });
  });

  it("reads the long syntax", () => {
    expect(Mount.parse({ type: "bind", source: "/etc/localtime", target: "/etc/localtime", read_only: true })).toEqual({
      Type: "bind",
      Source: "/etc/localtime",
      Target: "/etc/localtime",
      ReadOnly: true,
    });
    expect(Mount.parse({ type: "tmpfs", target: "/tmp", tmpfs: { size: "64m", mode: 0o1777 } })).toEqual({ Type: "tmpfs", Target: "/tmp", TmpfsOptions: { SizeBytes: 67108864, Mode: 0o1777 } });
  });

  it("refuses what swarm can't mount", () => {
    expect(problem("data:/var/data:z")).toMatch(/SELinux relabeling/);
    expect(problem("data:/var/data:rshared")).toMatch(/"rshared" is not an option for a volume mount/);
    expect(problem("~/site:/site")).toMatch(/write the absolute path on the nodes/);
    expect(problem("a:b:c:d")).toMatch(/too many parts/);
    expect(problem("data:var/data")).toMatch(/must be an absolute path in the container/);
    expect(problem({ type: "tmpfs", source: "x", target: "/tmp" })).toMatch(/a tmpfs mount has no source/);
    expect(problem({ type: "volume", source: "data", target: "/d", bind: { propagation: "shared" } })).toMatch(/bind options don't apply to a volume mount/);
    expect(problem({ type: "npipe", target: "/d" })).toBe('expected "volume", "bind" or "tmpfs", got "npipe"');
  });

  it("splits short volume text into source, target and options", () => {
    expect(parseShortVolume("logs:/var/log")).toEqual({ ok: true, value: { type: "volume", source: "logs", target: "/var/log" } });
  });
});
