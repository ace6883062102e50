/**
 * The control plane's configuration, read and validated once from the environment at start-up.
 * Defaults are the embedded quick start: SQLite under ./data, the local Docker socket, port 3000.
 */
import { fileURLToPath } from "node:url";
import type { SignInLimits } from "@wheelhouse/api";
import { z } from "zod";

const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));

const Flag = z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1");

const Env = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  DATABASE_URL: z.string().default(`file:${repoRoot}data/wheelhouse.db`),
  DOCKER_HOST: z.string().default("unix:///var/run/docker.sock"),
  WHEELHOUSE_PUBLIC_URL: z.url().optional(),
  WHEELHOUSE_LOCAL_AGENT: Flag.default(true),
  WHEELHOUSE_TRUST_PROXY: Flag.default(false),
  WHEELHOUSE_SESSION_IDLE_MINUTES: z.coerce.number().int().positive().default(30),
  WHEELHOUSE_SESSION_ABSOLUTE_HOURS: z.coerce.number().int().positive().default(12),
  WHEELHOUSE_AGENT_TIMEOUT_MS: z.coerce.number().int().positive().default(15_000),
  WHEELHOUSE_TERMINAL_GRACE_SECONDS: z.coerce.number().positive().max(3600).default(30),
  WHEELHOUSE_SIGNIN_ADDRESS_ATTEMPTS: z.coerce.number().int().positive().default(10),
  WHEELHOUSE_SIGNIN_ADDRESS_WINDOW_MINUTES: z.coerce.number().positive().default(5),
  WHEELHOUSE_LOCKOUT_ATTEMPTS: z.coerce.number().int().positive().default(5),
  WHEELHOUSE_LOCKOUT_MINUTES: z.coerce.number().positive().default(15),
  WHEELHOUSE_METRICS_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(60).default(5),
});

export interface Config {
  dev: boolean;
  port: number;
  host: string;
  databaseUrl: string;
  dockerEndpoint: string;
  publicUrl: string;
  secureCookies: boolean;
  localAgent: boolean;
  /** Whether a reverse proxy in front sets X-Forwarded-For, so it names the client rather than the proxy. */
  trustProxy: boolean;
  session: { idleMs: number; absoluteMs: number };
  agentTimeoutMs: number;
  /** How often agents sample their containers and host. */
  metricsIntervalMs: number;
  /** How long the local agent keeps a terminal nobody watches, for its owner to reattach after a reload. */
  terminalGraceMs: number;
  /** Failed sign-ins allowed per client address in a sliding window, and the account lockout. */
  signIn: SignInLimits;
  webDir: string;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid configuration:\n${problems}`);
  }
  const e = parsed.data;
  const publicUrl = (e.WHEELHOUSE_PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, "");
  return {
    dev: e.NODE_ENV !== "production",
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dockerEndpoint: e.DOCKER_HOST,
    publicUrl,
    secureCookies: publicUrl.startsWith("https://"),
    localAgent: e.WHEELHOUSE_LOCAL_AGENT,
    trustProxy: e.WHEELHOUSE_TRUST_PROXY,
    session: { idleMs: e.WHEELHOUSE_SESSION_IDLE_MINUTES * 60_000, absoluteMs: e.WHEELHOUSE_SESSION_ABSOLUTE_HOURS * 3_600_000 },
    agentTimeoutMs: e.WHEELHOUSE_AGENT_TIMEOUT_MS,
    metricsIntervalMs: e.WHEELHOUSE_METRICS_INTERVAL_SECONDS * 1000,
    terminalGraceMs: e.WHEELHOUSE_TERMINAL_GRACE_SECONDS * 1000,
    signIn: {
      addressAttempts: e.WHEELHOUSE_SIGNIN_ADDRESS_ATTEMPTS,
      addressWindowMs: e.WHEELHOUSE_SIGNIN_ADDRESS_WINDOW_MINUTES * 60_000,
      lockoutAttempts: e.WHEELHOUSE_LOCKOUT_ATTEMPTS,
      lockoutMs: e.WHEELHOUSE_LOCKOUT_MINUTES * 60_000,
    },
    webDir: fileURLToPath(new URL("../", import.meta.url)),
  };
}
