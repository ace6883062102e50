/**
 * Starts the real control plane for the e2e run (production build, fresh SQLite database, the local
 * Docker Engine) and reads its one-time setup code from its log, as an operator would.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const E2E_PORT = Number(process.env.WHEELHOUSE_E2E_PORT ?? 3100);
export const E2E_URL = `http://localhost:${E2E_PORT}`;
const webDir = fileURLToPath(new URL("../../apps/web/", import.meta.url));

export interface RunningServer {
  process: ChildProcess;
  setupCode: string;
  log: () => string;
}

export async function startServer(): Promise<RunningServer> {
  const dataDir = mkdtempSync(join(tmpdir(), "wheelhouse-e2e-"));
  const child = spawn(process.execPath, [join(webDir, "../../node_modules/tsx/dist/cli.mjs"), "server/main.ts"], {
    cwd: webDir,
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(E2E_PORT),
      // A folder that does not exist yet, as on a fresh install.
      DATABASE_URL: `file:${join(dataDir, "data", "wheelhouse.db")}`,
      WHEELHOUSE_PUBLIC_URL: E2E_URL,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const collect = (chunk: Buffer) => void (output += chunk.toString());
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);

  const setupCode = await new Promise<string>((resolve, reject) => {
    const deadline = setTimeout(() => reject(new Error(`The control plane did not start within 60 s:\n${output}`)), 60_000);
    const check = () => {
      const match = /SETUP CODE: (\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(deadline);
        resolve(match[1]);
      }
    };
    child.stdout?.on("data", check);
    child.once("exit", (code) => {
      clearTimeout(deadline);
      reject(new Error(`The control plane exited with ${code}:\n${output}`));
    });
  });
  return { process: child, setupCode, log: () => output };
}
