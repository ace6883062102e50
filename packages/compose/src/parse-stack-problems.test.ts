import { describe, expect, it } from "vitest";
import { parseStack } from "./parse-stack.ts";
import type { StackProblem } from "./problems.ts";

function problemsOf(yaml: string, stack = "demo"): StackProblem[] {
  const result = parseStack(yaml, stack);
  if (result.ok) throw new Error("expected problems, got a plan");
  return result.problems;
}

/** The 1-based line of the first line of `yaml` containing `text`. */
function lineOf(yaml: string, text: string): number {
  const index = yaml.split("\n").findIndex((line) => line.includes(text));
  if (index === -1) throw new Error(`no line has ${text}`);
  return index + 1;
}

function expectProblem(yaml: string, path: string, lineText: string, message: RegExp, stack = "demo") {
  expect(problemsOf(yaml, stack)).toContainEqual({ path, line: lineOf(yaml, lineText), column: expect.any(Number), message: expect.stringMatching(message) });
}

const service = (options: string, rest = "") => `services:\n  web:\n    image: nginx\n${options}${rest}`;

describe("parseStack problems", () => {
  it("reports YAML syntax errors with the yaml library's line and column", () => {
    const problems = problemsOf("services:\n  web:\n    image: nginx\n   ports: [80\n");
    expect(problems[0]).toEqual({ path: "", line: 4, column: 1, message: "All mapping items must start at the same column" });
  });

  it("refuses a file that isn't a mapping, or has no services", () => {
    expect(problemsOf("- web\n- db\n")).toEqual([{ path: "", line: 1, column: 1, message: expect.stringMatching(/mapping with a services section/) }]);
    expect(problemsOf('version: "3.8"\n')).toEqual([{ path: "services", line: 1, column: 1, message: expect.stringMatching(/at least one service/) }]);
    expect(problemsOf("services: {}\n")).toEqual([{ path: "services", line: 1, column: 1, message: expect.stringMatching(/at least one service/) }]);
  });

  it("wants an image for every service", () => {
    const yaml = "services:\n  web:\n    command: serve\n";
    expectProblem(yaml, "services.web.image", "web:", /runs an image, and can't build one/);
  });

  it("checks the names of the stack and its services", () => {
    expect(problemsOf(service(""), "My Stack")).toContainEqual({ path: "", message: expect.stringMatching(/"My Stack" can't name a stack/) });
    const yaml = "services:\n  web.app:\n    image: nginx\n";
    expectProblem(yaml, "services.web.app", "web.app:", /can't name a service/);
    const long = `services:\n  ${"a".repeat(60)}:\n    image: nginx\n`;
    expectProblem(long, `services.${"a".repeat(60)}`, "aaaa", /is 65 characters; .* at most 63/);
  });

  it("checks port numbers and published ports used twice", () => {
    expectProblem(service('    ports:\n      - "8080:80"\n      - "70000:81"\n'), "services.web.ports[1]", "70000", /"70000" is not a port/);
    expectProblem(service("    ports:\n      - target: 0\n"), "services.web.ports[0].target", "target: 0", /ports run from 1 to 65535/);
    const twice = 'services:\n  web:\n    image: nginx\n    ports: ["80:80"]\n  api:\n    image: api\n    ports:\n      - "81:81"\n      - "80:8080"\n';
    expectProblem(twice, "services.api.ports[1]", '"80:8080"', /port 80\/tcp is already published by services\.web\.ports\[0\]/);
  });

  it("refuses references to networks, volumes, secrets and configs that aren't declared", () => {
    expectProblem(service("    networks: [front]\n"), "services.web.networks[0]", "networks: [front]", /network "front" is not declared/);
    expectProblem(service("    networks:\n      front:\n        aliases: [www]\n"), "services.web.networks.front", "front:", /network "front" is not declared/);
    expectProblem(service("    volumes:\n      - data:/data\n"), "services.web.volumes[0]", "data:/data", /volume "data" is not declared/);
    expectProblem(service("    secrets:\n      - source: token\n"), "services.web.secrets[0]", "source: token", /secret "token" is not declared/);
    expectProblem(service("    configs: [site]\n"), "services.web.configs[0]", "configs: [site]", /config "site" is not declared/);
  });

  it("refuses bad sizes, CPU counts and durations", () => {
    const deploy = "    deploy:\n      resources:\n        limits:\n          memory: 512X\n          cpus: lots\n";
    expectProblem(service(deploy), "services.web.deploy.resources.limits.memory", "memory: 512X", /"512X" is not a size/);
    expectProblem(service(deploy), "services.web.deploy.resources.limits.cpus", "cpus: lots", /"lots" is not a number of CPUs/);
    const health = "    healthcheck:\n      test: [CMD, true]\n      interval: 5\n      timeout: 10 seconds\n";
    expectProblem(service(health), "services.web.healthcheck.interval", "interval: 5", /expected a duration like "10s"/);
    expectProblem(service(health), "services.web.healthcheck.timeout", "timeout: 10 seconds", /"10 seconds" is not a duration/);
  });

  it("refuses options beside external: true, since the stack doesn't create the object", () => {
    const yaml = service("    networks: [proxy]\n", "networks:\n  proxy:\n    external: true\n    driver: overlay\n");
    expectProblem(yaml, "networks.proxy.driver", "driver: overlay", /can't be set on an external network/);
  });

  it("refuses replicas for a global service", () => {
    expectProblem(service("    deploy:\n      mode: global\n      replicas: 3\n"), "services.web.deploy.replicas", "replicas: 3", /replicas only go with mode: replicated/);
  });

  it("refuses what Wheelhouse can't do server-side: env files, file secrets, relative binds, one-address ports", () => {
    expectProblem(service("    env_file: .env\n"), "services.web.env_file", "env_file", /list the variables under environment/);
    const secret = service("    secrets: [db]\n", "secrets:\n  db:\n    file: ./db.txt\n");
    expectProblem(secret, "secrets.db.file", "file: ./db.txt", /create the secret in Wheelhouse first, then declare it here with external: true/);
    expect(problemsOf(secret)).toHaveLength(1);
    expectProblem(service("    volumes: [./html:/usr/share/nginx/html]\n"), "services.web.volumes[0]", "./html", /write the absolute path on the nodes/);
    expectProblem(service('    ports: ["127.0.0.1:5432:5432"]\n'), "services.web.ports[0]", "127.0.0.1", /can't publish on one address/);
  });

  it("names unknown options, and wrong types, where they are", () => {
    expectProblem(service("    imgae: nginx\n"), "services.web.imgae", "imgae", /unknown option/);
    expectProblem(service("    deploy:\n      replica: 2\n"), "services.web.deploy.replica", "replica:", /unknown option/);
    expectProblem(service("    ports: 80\n"), "services.web.ports", "ports: 80", /expected a list, got 80/);
    expectProblem(service("    deploy:\n      mode: replicated-job\n"), "services.web.deploy.mode", "mode:", /expected "replicated" or "global", got "replicated-job"/);
    expectProblem(service("", "bogus: 1\n"), "bogus", "bogus", /unknown top-level key/);
  });

  it("collects every problem in the file, in the file's order", () => {
    const yaml = [
      "services:",
      "  web:",
      "    image: nginx",
      "    ports: ['80:80', '99999:1']",
      "    networks: [front]",
      "  worker:",
      "    command: work",
      "    deploy:",
      "      resources:",
      "        limits: { memory: lots }",
      "      restart_policy:",
      "        delay: soon",
      "  api:",
      "    image: api",
      "    ports: ['80:8080']",
      "    env_file: api.env",
      "secrets:",
      "  key:",
      "    file: key.pem",
      "",
    ].join("\n");
    expect(problemsOf(yaml).map(({ path, line }) => [path, line])).toEqual([
      ["services.web.ports[1]", 4],
      ["services.web.networks[0]", 5],
      ["services.worker.image", 6],
      ["services.worker.deploy.resources.limits.memory", 10],
      ["services.worker.deploy.restart_policy.delay", 12],
      ["services.api.ports[0]", 15],
      ["services.api.env_file", 16],
      ["secrets.key.file", 19],
    ]);
  });
});
