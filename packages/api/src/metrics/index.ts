/** Metrics aggregation for the control plane: service sums, top consumers, cluster utilisation, the recent window and roll-ups. */
export { sumByService, type ServiceUsage } from "./service-usage.ts";
export { topConsumers, type ConsumerMeasure } from "./top-consumers.ts";
export { clusterUtilisation, type ClusterUtilisation } from "./cluster-utilisation.ts";
export { RingBuffer } from "./ring-buffer.ts";
export { createRecentWindow, type RecentWindow, type RecentWindowOptions } from "./recent-window.ts";
export { rollUpSamples, rollUpBuckets, retain, ROLL_UPS, CONTAINER_FIELDS, HOST_FIELDS, type Bucket, type Fields } from "./roll-up.ts";
export { createMetricsStore, type MetricsStore, type MetricsStoreOptions, type RecentPoints } from "./metrics-store.ts";
