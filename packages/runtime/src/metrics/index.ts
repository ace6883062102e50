/** Container and host metrics sampled on the agent; the control plane receives them as MetricsBatch. */
export { createMetricsSampler, sampleEvery, DEFAULT_METRICS_INTERVAL_MS, type MetricsSampler, type MetricsSamplerOptions, type SamplingLoop } from "./metrics-sampler.ts";
