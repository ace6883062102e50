/** The API: one router per domain. */
import { authRouter } from "./router/auth.ts";
import { clustersRouter } from "./router/clusters.ts";
import { containersRouter } from "./router/containers.ts";
import { imagesRouter } from "./router/images.ts";
import { networksRouter } from "./router/networks.ts";
import { nodesRouter } from "./router/nodes.ts";
import { systemRouter } from "./router/system.ts";
import { volumesRouter } from "./router/volumes.ts";
import { router } from "./trpc.ts";

export const appRouter = router({
  auth: authRouter,
  clusters: clustersRouter,
  nodes: nodesRouter,
  containers: containersRouter,
  images: imagesRouter,
  volumes: volumesRouter,
  networks: networksRouter,
  system: systemRouter,
});

export type AppRouter = typeof appRouter;
