/** The agent's command line: read the configuration, run until SIGINT or SIGTERM. */
import { loadConfig } from "./config.ts";
import { createLogger, startAgent } from "./index.ts";

const config = loadConfig();
const logger = createLogger();
logger.info(`starting: control plane ${config.serverUrl}, Docker Engine ${config.dockerEndpoint}`);
const agent = startAgent({ ...config, logger });

const shutdown = (signal: NodeJS.Signals) => {
  logger.info(`${signal}: stopping`);
  agent.stop().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.once("SIGINT", shutdown);
process.once("SIGTERM", shutdown);
