import { describe, expect, it } from "vitest";
import { parseConfig } from "./config.ts";

const token = "a-token-of-sufficient-length";

describe("parseConfig", () => {
  it("takes flags over the environment", () => {
    const result = parseConfig(["--server", "https://wh.example.com", "--docker", "tcp://10.0.0.2:2375"], {
      WHEELHOUSE_SERVER: "http://ignored:3000",
      WHEELHOUSE_TOKEN: token,
      DOCKER_HOST: "unix:///ignored.sock",
    });
    expect(result).toEqual({ ok: true, config: { serverUrl: "https://wh.example.com", token, dockerEndpoint: "tcp://10.0.0.2:2375" } });
  });

  it("falls back to DOCKER_HOST, then to the local socket", () => {
    const env = { WHEELHOUSE_SERVER: "http://localhost:3000", WHEELHOUSE_TOKEN: token };
    expect(parseConfig([], { ...env, DOCKER_HOST: "/run/docker.sock" })).toMatchObject({ config: { dockerEndpoint: "/run/docker.sock" } });
    expect(parseConfig([], env)).toMatchObject({ config: { dockerEndpoint: "unix:///var/run/docker.sock" } });
  });

  it.each([
    [[], {}, /--server \(WHEELHOUSE_SERVER\): is required\n--token \(WHEELHOUSE_TOKEN\): is required/],
    [["--server", "ftp://x", "--token", token], {}, /--server .*http\(s\) URL/],
    [["--server", "http://x", "--token", "short"], {}, /--token .*16/],
    [["--server", "http://x", "--token", token, "--docker", "ssh://x"], {}, /--docker .*tcp:\/\/host:port/],
    [["--serve", "http://x"], {}, /Unknown option '--serve'/],
  ])("explains what is wrong with %j", (argv, env, message) => {
    const result = parseConfig(argv, env);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(message);
  });
});
