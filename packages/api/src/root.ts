/** The API: one router per domain. */
import { accessRouter } from "./router/access.ts";
import { accountRouter } from "./router/account.ts";
import { auditRouter } from "./router/audit.ts";
import { authRouter } from "./router/auth.ts";
import { clustersRouter } from "./router/clusters.ts";
import { configsRouter } from "./router/configs.ts";
import { containersRouter } from "./router/containers.ts";
import { directoryRouter } from "./router/directory.ts";
import { grantsRouter } from "./router/grants.ts";
import { imagesRouter } from "./router/images.ts";
import { joinTokensRouter } from "./router/join-tokens.ts";
import { metricsRouter } from "./router/metrics.ts";
import { networksRouter } from "./router/networks.ts";
import { nodesRouter } from "./router/nodes.ts";
import { resourceSetsRouter } from "./router/resource-sets.ts";
import { rolesRouter } from "./router/roles.ts";
import { secretsRouter } from "./router/secrets.ts";
import { servicesRouter } from "./router/services.ts";
import { stacksRouter } from "./router/stacks.ts";
import { swarmNodesRouter } from "./router/swarm-nodes.ts";
import { swarmRouter } from "./router/swarm.ts";
import { systemRouter } from "./router/system.ts";
import { teamsRouter } from "./router/teams.ts";
import { terminalsRouter } from "./router/terminals.ts";
import { usersRouter } from "./router/users.ts";
import { volumesRouter } from "./router/volumes.ts";
import { router } from "./trpc.ts";

export const appRouter = router({
  auth: authRouter,
  account: accountRouter,
  users: usersRouter,
  teams: teamsRouter,
  directory: directoryRouter,
  clusters: clustersRouter,
  nodes: nodesRouter,
  joinTokens: joinTokensRouter,
  containers: containersRouter,
  images: imagesRouter,
  volumes: volumesRouter,
  networks: networksRouter,
  system: systemRouter,
  swarm: swarmRouter,
  swarmNodes: swarmNodesRouter,
  services: servicesRouter,
  stacks: stacksRouter,
  secrets: secretsRouter,
  configs: configsRouter,
  audit: auditRouter,
  roles: rolesRouter,
  resourceSets: resourceSetsRouter,
  grants: grantsRouter,
  access: accessRouter,
  metrics: metricsRouter,
  terminals: terminalsRouter,
});

export type AppRouter = typeof appRouter;
