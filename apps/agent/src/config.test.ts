import { describe, expect, it } from "vitest";
import { parseConfig } from "./config.ts";

const token = "a-token-of-sufficient-length";

describe("parseConfig", () => {
  it("takes flags over the environment", () => {
    const result = parseConfig(["--server", "https://wh.example.com", "--docker", "tcp://10.0.0.2:2375", "--state-dir", "/srv/agent"], {
      WHEELHOUSE_SERVER: "http://ignored:3000",
      WHEELHOUSE_JOIN_TOKEN: token,
      WHEELHOUSE_STATE_DIR: "/ignored",
      DOCKER_HOST: "unix:///ignored.sock",
    });
    expect(result).toEqual({
      ok: true,
      config: { serverUrl: "https://wh.example.com", joinToken: token, stateDir: "/srv/agent", dockerEndpoint: "tcp://10.0.0.2:2375", terminalGraceSeconds: 30 },
    });
  });

  it("reads the terminal grace period in seconds, and refuses what is not one", () => {
    const env = { WHEELHOUSE_SERVER: "http://x", WHEELHOUSE_TOKEN: token };
    expect(parseConfig(["--terminal-grace", "5"], env)).toMatchObject({ config: { terminalGraceSeconds: 5 } });
    expect(parseConfig([], { ...env, WHEELHOUSE_TERMINAL_GRACE_SECONDS: "0.5" })).toMatchObject({ config: { terminalGraceSeconds: 0.5 } });
    expect(parseConfig(["--terminal-grace", "soon"], env)).toMatchObject({ ok: false, message: expect.stringMatching(/--terminal-grace \(WHEELHOUSE_TERMINAL_GRACE_SECONDS\)/) });
  });

  it("reads the join token, node name and state directory from flags or the environment", () => {
    expect(parseConfig(["--server", "http://x", "--join-token", token, "--name", "db-1"], {})).toMatchObject({
      config: { joinToken: token, nodeName: "db-1", stateDir: "/var/lib/wheelhouse-agent" },
    });
    expect(parseConfig([], { WHEELHOUSE_SERVER: "http://x", WHEELHOUSE_TOKEN: token, WHEELHOUSE_NODE_NAME: "db-2", WHEELHOUSE_STATE_DIR: "/srv" })).toMatchObject({
      config: { token, nodeName: "db-2", stateDir: "/srv" },
    });
  });

  it("takes a token that begins with a dash in the --flag=value form the join command shows", () => {
    const dashed = `-${token.slice(1)}`;
    expect(parseConfig(["--server", "http://x", `--join-token=${dashed}`], {})).toMatchObject({ ok: true, config: { joinToken: dashed } });
  });

  it("needs neither token to start again with the credential stored when it joined", () => {
    expect(parseConfig(["--server", "http://x"], {})).toMatchObject({ ok: true, config: { stateDir: "/var/lib/wheelhouse-agent" } });
  });

  it("falls back to DOCKER_HOST, then to the local socket", () => {
    const env = { WHEELHOUSE_SERVER: "http://localhost:3000", WHEELHOUSE_TOKEN: token };
    expect(parseConfig([], { ...env, DOCKER_HOST: "/run/docker.sock" })).toMatchObject({ config: { dockerEndpoint: "/run/docker.sock" } });
    expect(parseConfig([], env)).toMatchObject({ config: { dockerEndpoint: "unix:///var/run/docker.sock" } });
  });

  it.each([
    [[], {}, /--server \(WHEELHOUSE_SERVER\): is required/],
    [["--server", "ftp://x", "--token", token], {}, /--server .*http\(s\) URL/],
    [["--server", "http://x", "--token", "short"], {}, /--token .*16/],
    [["--server", "http://x", "--join-token", "short"], {}, /--join-token .*16/],
    [["--server", "http://x", "--join-token", token, "--token", token], {}, /--join-token .*either --join-token or --token, not both/],
    [["--server", "http://x", "--join-token", token, "--name", "no spaces"], {}, /--name .*letters, digits/],
    [["--server", "http://x", "--token", token, "--docker", "ssh://x"], {}, /--docker .*tcp:\/\/host:port/],
    [["--serve", "http://x"], {}, /Unknown option '--serve'/],
  ])("explains what is wrong with %j", (argv, env, message) => {
    const result = parseConfig(argv, env);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(message);
  });
});
