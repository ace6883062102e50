/** `npm start`: the control plane with its embedded defaults, configured from the environment. */
import { loadConfig } from "./config.ts";
import { startControlPlane } from "./control-plane.ts";
import { createLogger } from "./logger.ts";

const log = createLogger();

async function main() {
  const config = loadConfig();
  const plane = await startControlPlane(config, log);
  log.info(`Wheelhouse is listening on ${config.publicUrl} (database ${config.databaseUrl.split("?")[0]}, docker ${config.dockerEndpoint})`);
  if (plane.setupCode) {
    log.info("No administrator exists yet. Open Wheelhouse in a browser and enter this one-time setup code:");
    log.info(`    SETUP CODE: ${plane.setupCode}`);
  }
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    log.info(`${signal} received, shutting down`);
    await plane.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
}

main().catch((error: unknown) => {
  log.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
