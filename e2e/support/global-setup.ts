/** One control plane for the whole e2e run; its setup code is handed to the specs through the environment. */
import { startServer } from "./server";

export default async function globalSetup() {
  const server = await startServer();
  process.env.WHEELHOUSE_E2E_SETUP_CODE = server.setupCode;
  return async () => {
    server.process.kill("SIGTERM");
    await new Promise((resolve) => server.process.once("exit", resolve));
  };
}
