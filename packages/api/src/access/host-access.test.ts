import type { DockerServiceSpec } from "@wheelhouse/compose";
import { describe, expect, it } from "vitest";
import { hostAccessOfCompose, hostAccessOfForm, hostAccessRefusal } from "./host-access.ts";

const compose = (container: Partial<DockerServiceSpec["TaskTemplate"]["ContainerSpec"]>, networks: string[] = []): Pick<DockerServiceSpec, "TaskTemplate"> => ({
  TaskTemplate: { ContainerSpec: { Image: "nginx", Labels: {}, ...container }, Networks: networks.map((Target) => ({ Target })) },
});

describe("host access of a service spec from the form", () => {
  it("finds bind mounts and the host network, and nothing in volumes, tmpfs or other networks", () => {
    expect(hostAccessOfForm({ mounts: [{ type: "volume", source: "data", target: "/data", readOnly: false }, { type: "tmpfs", source: "", target: "/tmp", readOnly: false }], networks: ["backend"] })).toEqual([]);
    expect(hostAccessOfForm({ mounts: [{ type: "bind", source: "/var/run/docker.sock", target: "/sock", readOnly: true }], networks: ["host"] })).toEqual([
      "bind-mount host paths: mount /var/run/docker.sock",
      "attach to the host network",
    ]);
  });
});

describe("host access of a compose service", () => {
  it("finds bind mounts, the host network and added capabilities", () => {
    expect(hostAccessOfCompose(compose({ Mounts: [{ Type: "volume", Source: "data", Target: "/data" }] }, ["shop_default"]))).toEqual([]);
    expect(hostAccessOfCompose(compose({ Mounts: [{ Type: "bind", Source: "/etc", Target: "/host-etc" }], CapabilityAdd: ["NET_ADMIN", "SYS_TIME"] }, ["host"]))).toEqual([
      "bind-mount host paths: mount /etc",
      "attach to the host network",
      "add capabilities: NET_ADMIN, SYS_TIME",
    ]);
  });

  it("ignores an empty list of added capabilities", () => {
    expect(hostAccessOfCompose(compose({ CapabilityAdd: [] }))).toEqual([]);
  });
});

describe("the refusal", () => {
  it("names the first finding and counts the rest, or is null when there is none", () => {
    expect(hostAccessRefusal([])).toBeNull();
    expect(hostAccessRefusal(["bind-mount host paths: mount /etc", "attach to the host network"])).toBe(
      "Restricted roles may not bind-mount host paths: mount /etc (and 1 more): that needs the workload.host-access permission.",
    );
  });
});
