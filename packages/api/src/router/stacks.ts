/**
 * Stacks: compose files deployed as services on a swarm, addressed to the swarm like services.
 * A file is read here first, so its problems reach the browser as data, each with its line and
 * path, and a file with problems is never sent to an agent.
 */
import { parseStack } from "@wheelhouse/compose";
import { StackDeploy, StackRef, type StackCheck, type StackDeployOutcome } from "@wheelhouse/protocol";
import { callSwarm, OnSwarm } from "../swarm-call.ts";
import { procedure, router } from "../trpc.ts";

const OnStack = OnSwarm.extend(StackRef.shape);
const DeployOnSwarm = OnSwarm.extend(StackDeploy.shape);

export const stacksRouter = router({
  list: procedure("stack.view")
    .input(OnSwarm)
    .query(({ ctx, input }) => callSwarm(ctx, input.swarmId, "stack.list", {})),

  /** A stack's services and the networks it created. */
  services: procedure("stack.view")
    .input(OnStack)
    .query(({ ctx, input }) => callSwarm(ctx, input.swarmId, "stack.services", { name: input.name })),

  /**
   * Checks a file without touching the swarm. It names the swarm all the same, like deploy, so
   * that a permission granted on one swarm covers it.
   */
  validate: procedure("stack.deploy")
    .input(DeployOnSwarm)
    .mutation(({ input }): StackCheck => {
      const parsed = parseStack(input.compose, input.name);
      if (!parsed.ok) return parsed;
      const { services, networks } = parsed.stack;
      return { ok: true, services: services.map((s) => s.Name), networks: networks.map((n) => n.name), warnings: parsed.warnings };
    }),

  /** Like docker stack deploy: services of the stack that exist are updated, the others created. */
  deploy: procedure("stack.deploy")
    .input(DeployOnSwarm)
    .mutation(async ({ ctx, input: { swarmId, name, compose } }): Promise<StackDeployOutcome> => {
      const parsed = parseStack(compose, name);
      if (!parsed.ok) return parsed;
      return { ok: true, ...(await callSwarm(ctx, swarmId, "stack.deploy", { name, compose })) };
    }),

  /** The stack's services and the networks it created; external networks, secrets and configs stay. */
  remove: procedure("stack.remove")
    .input(OnStack)
    .mutation(({ ctx, input }) => callSwarm(ctx, input.swarmId, "stack.remove", { name: input.name })),
});
