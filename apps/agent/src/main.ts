/** The agent's command line: read the configuration, run until SIGINT or SIGTERM. */
import { loadConfig } from "./config.ts";
import { createLogger, startAgent, type AgentHandle } from "./index.ts";

const { token, terminalGraceSeconds, ...config } = loadConfig();
const logger = createLogger();
logger.info(`starting: control plane ${config.serverUrl}, Docker Engine ${config.dockerEndpoint}`);
let agent: AgentHandle;
try {
  agent = startAgent({ ...config, credential: token, terminalGraceMs: terminalGraceSeconds * 1000, logger });
} catch (error) {
  process.stderr.write(`wheelhouse-agent: ${(error as Error).message}\n`);
  process.exit(2);
}

const shutdown = (signal: NodeJS.Signals) => {
  logger.info(`${signal}: stopping`);
  agent.stop().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.once("SIGINT", shutdown);
process.once("SIGTERM", shutdown);
