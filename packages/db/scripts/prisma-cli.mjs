// Runs the Prisma CLI offline. Prisma 6 checks for native engine binaries at start-up and would
// try to download them; with engineType "client" nothing runs them, so any existing file will do.
// Schema commands run the bundled WebAssembly engine, chosen in prisma.config.ts.
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const cli = require.resolve("prisma/build/index.js");
const placeholder = fileURLToPath(import.meta.url);
const config = fileURLToPath(new URL("../prisma.config.ts", import.meta.url));

export function prisma(args, options = {}) {
  return execFileSync(process.execPath, [cli, ...args, "--config", config], {
    encoding: "utf8",
    stdio: options.capture ? ["ignore", "pipe", "inherit"] : "inherit",
    env: {
      ...process.env,
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
      CHECKPOINT_DISABLE: "1",
      PRISMA_QUERY_ENGINE_LIBRARY: placeholder,
    },
  });
}
