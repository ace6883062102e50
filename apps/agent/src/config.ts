/** The agent's configuration: command-line flags over environment variables, validated once at start-up. */
import { parseArgs } from "node:util";
import { z } from "zod";
import { AgentHandshake } from "@wheelhouse/protocol";
import { DEFAULT_ENDPOINT, parseEndpoint } from "@wheelhouse/runtime";

export const USAGE = `Usage: wheelhouse-agent --server URL --token TOKEN [--docker ENDPOINT]
  --server   the control plane's URL                  (or WHEELHOUSE_SERVER)
  --token    this node's agent token                  (or WHEELHOUSE_TOKEN)
  --docker   the Docker Engine: a socket path, unix:///path or tcp://host:port
             (or DOCKER_HOST; default ${DEFAULT_ENDPOINT})`;

const AgentConfig = z.object({
  serverUrl: z.url({
    protocol: /^https?$/,
    error: (issue) => (issue.input === undefined ? "is required" : "must be the control plane's http(s) URL"),
  }),
  token: z.string({ error: "is required" }).pipe(AgentHandshake.shape.token),
  dockerEndpoint: z.string().refine((endpoint) => parseEndpoint(endpoint) !== undefined, {
    error: "must be a socket path, unix:///path or tcp://host:port",
  }),
});
const sources: Record<string, string> = {
  serverUrl: "--server (WHEELHOUSE_SERVER)",
  token: "--token (WHEELHOUSE_TOKEN)",
  dockerEndpoint: "--docker (DOCKER_HOST)",
};
export type AgentConfig = z.infer<typeof AgentConfig>;

export type ConfigResult = { ok: true; config: AgentConfig } | { ok: false; message: string };

export function parseConfig(argv: string[], env: Record<string, string | undefined>): ConfigResult {
  let flags: { server?: string; token?: string; docker?: string };
  try {
    ({ values: flags } = parseArgs({
      args: argv,
      options: { server: { type: "string" }, token: { type: "string" }, docker: { type: "string" } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  const parsed = AgentConfig.safeParse({
    serverUrl: flags.server ?? env.WHEELHOUSE_SERVER,
    token: flags.token ?? env.WHEELHOUSE_TOKEN,
    dockerEndpoint: flags.docker ?? env.DOCKER_HOST ?? DEFAULT_ENDPOINT,
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
