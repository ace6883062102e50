import { defineConfig } from "vitest/config";

// Unit and integration tests sit beside their code; integration tests use the real Docker Engine
// (DOCKER_HOST or /var/run/docker.sock) and a real database, so they get generous timeouts.
export default defineConfig({
  test: {
    include: ["packages/*/src/**/*.test.ts", "apps/*/src/**/*.test.ts", "apps/web/server/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: "forks",
  },
});
