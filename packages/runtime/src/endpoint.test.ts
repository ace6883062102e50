import { describe, expect, it } from "vitest";
import { formatEndpoint, parseEndpoint } from "./endpoint.ts";

describe("parseEndpoint", () => {
  it.each([
    ["/var/run/docker.sock", "unix:///var/run/docker.sock"],
    ["unix:///run/user/1000/docker.sock", "unix:///run/user/1000/docker.sock"],
    ["tcp://10.0.0.5:2375", "tcp://10.0.0.5:2375"],
    ["tcp://docker.internal", "tcp://docker.internal:2375"],
  ])("reads %s as %s", (input, formatted) => {
    const endpoint = parseEndpoint(input);
    expect(endpoint && formatEndpoint(endpoint)).toBe(formatted);
  });

  it.each(["", "docker.sock", "ssh://user@host", "unix://relative.sock", "tcp://"])("refuses %j", (input) => {
    expect(parseEndpoint(input)).toBeUndefined();
  });
});
