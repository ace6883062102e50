/** @wheelhouse/runtime: the one way into a Docker Engine. Nothing outside this package imports dockerode. */
export { createDockerRuntime, type Runtime, type RuntimeOptions } from "./runtime.ts";
export { RuntimeError } from "./errors.ts";
export { readLogs, normalizeTimestamp, CursorTracker, comparePositions, cursorCovers, compileSearch, lineJsonBytes, type LineFilter, type ReadLogsOptions } from "./logs/index.ts";
export { DEFAULT_ENDPOINT, parseEndpoint, formatEndpoint, type DockerEndpoint } from "./endpoint.ts";
export { createMetricsSampler, sampleEvery, DEFAULT_METRICS_INTERVAL_MS, type MetricsSampler, type MetricsSamplerOptions, type SamplingLoop } from "./metrics/index.ts";
export * from "./exec/index.ts";
