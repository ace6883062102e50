/** The agent's configuration: command-line flags over environment variables, validated once at start-up. */
import { parseArgs } from "node:util";
import { z } from "zod";
import { AgentSecret, NodeName } from "@wheelhouse/protocol";
import { DEFAULT_ENDPOINT, parseEndpoint } from "@wheelhouse/runtime";
import { DEFAULT_STATE_DIR } from "./credential-store.ts";

export const USAGE = `Usage: wheelhouse-agent --server URL --join-token TOKEN [--state-dir DIR] [--name NAME] [--docker ENDPOINT]
       wheelhouse-agent --server URL [--state-dir DIR]     (after joining: uses the stored credential)
       wheelhouse-agent --server URL --token CREDENTIAL    (a credential issued otherwise; nothing is stored)
  --server      the control plane's URL                                    (or WHEELHOUSE_SERVER)
  --join-token  a join token from Nodes → Add node; on first start the agent
                exchanges it for this node's own credential                (or WHEELHOUSE_JOIN_TOKEN)
  --state-dir   where the agent keeps that credential, readable by its owner only
                (or WHEELHOUSE_STATE_DIR; default ${DEFAULT_STATE_DIR})
  --name        the node's name when it joins; default: the engine's hostname (or WHEELHOUSE_NODE_NAME)
  --token       this node's agent credential                              (or WHEELHOUSE_TOKEN)
  --docker      the Docker Engine: a socket path, unix:///path or tcp://host:port
                (or DOCKER_HOST; default ${DEFAULT_ENDPOINT})
  --terminal-grace  seconds a terminal nobody watches stays open for its owner to
                reattach after a reload or a dropped connection
                (or WHEELHOUSE_TERMINAL_GRACE_SECONDS; default 30)`;

const AgentConfig = z
  .object({
    serverUrl: z.url({
      protocol: /^https?$/,
      error: (issue) => (issue.input === undefined ? "is required" : "must be the control plane's http(s) URL"),
    }),
    token: AgentSecret.optional(),
    joinToken: AgentSecret.optional(),
    nodeName: NodeName.optional(),
    stateDir: z.string().min(1),
    dockerEndpoint: z.string().refine((endpoint) => parseEndpoint(endpoint) !== undefined, {
      error: "must be a socket path, unix:///path or tcp://host:port",
    }),
    terminalGraceSeconds: z.coerce.number({ error: "must be a number of seconds" }).positive().max(3600).default(30),
  })
  .refine((config) => !(config.token && config.joinToken), { path: ["joinToken"], error: "give either --join-token or --token, not both" });
const sources: Record<string, string> = {
  serverUrl: "--server (WHEELHOUSE_SERVER)",
  token: "--token (WHEELHOUSE_TOKEN)",
  joinToken: "--join-token (WHEELHOUSE_JOIN_TOKEN)",
  nodeName: "--name (WHEELHOUSE_NODE_NAME)",
  stateDir: "--state-dir (WHEELHOUSE_STATE_DIR)",
  dockerEndpoint: "--docker (DOCKER_HOST)",
  terminalGraceSeconds: "--terminal-grace (WHEELHOUSE_TERMINAL_GRACE_SECONDS)",
};
export type AgentConfig = z.infer<typeof AgentConfig>;

export type ConfigResult = { ok: true; config: AgentConfig } | { ok: false; message: string };

export function parseConfig(argv: string[], env: Record<string, string | undefined>): ConfigResult {
  let flags: { server?: string; token?: string; "join-token"?: string; name?: string; "state-dir"?: string; docker?: string; "terminal-grace"?: string };
  try {
    ({ values: flags } = parseArgs({
      args: argv,
      options: {
        server: { type: "string" },
        token: { type: "string" },
        "join-token": { type: "string" },
        name: { type: "string" },
        "state-dir": { type: "string" },
        docker: { type: "string" },
        "terminal-grace": { type: "string" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  const parsed = AgentConfig.safeParse({
    serverUrl: flags.server ?? env.WHEELHOUSE_SERVER,
    token: flags.token ?? env.WHEELHOUSE_TOKEN,
    joinToken: flags["join-token"] ?? env.WHEELHOUSE_JOIN_TOKEN,
    nodeName: flags.name ?? env.WHEELHOUSE_NODE_NAME,
    stateDir: flags["state-dir"] ?? env.WHEELHOUSE_STATE_DIR ?? DEFAULT_STATE_DIR,
    dockerEndpoint: flags.docker ?? env.DOCKER_HOST ?? DEFAULT_ENDPOINT,
    terminalGraceSeconds: flags["terminal-grace"] ?? env.WHEELHOUSE_TERMINAL_GRACE_SECONDS,
  });
  if (parsed.success) return { ok: true, config: parsed.data };
  const problems = parsed.error.issues.map((issue) => `${sources[String(issue.path[0])] ?? "configuration"}: ${issue.message}`);
  return { ok: false, message: problems.join("\n") };
}

/** The configuration of this process; on a mistake, says what is wrong and exits with status 2. */
export function loadConfig(): AgentConfig {
  const result = parseConfig(process.argv.slice(2), process.env);
  if (result.ok) return result.config;
  process.stderr.write(`wheelhouse-agent: ${result.message}\n\n${USAGE}\n`);
  process.exit(2);
}
