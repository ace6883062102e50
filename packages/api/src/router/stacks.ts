/**
 * Stacks: compose files deployed as services on a swarm, addressed to the swarm like services.
 * A file is read here first, so its problems reach the browser as data, each with its line and
 * path, and a file with problems is never sent to an agent. A stack is its services to access
 * checks (stack-access.ts).
 */
import { TRPCError } from "@trpc/server";
import { parseStack } from "@wheelhouse/compose";
import { StackDeploy, StackRef, type StackCheck, type StackDeployOutcome } from "@wheelhouse/protocol";
import type { Caller } from "../access/caller.ts";
import { notFound } from "../access/require.ts";
import { servicesOfStack, servicesWithout, stackPlanRefusals, visibleStacks } from "../access/stack-access.ts";
import { labelledResource, missing } from "../access/swarm-object-resources.ts";
import { visibleOnly } from "../access/visible-only.ts";
import { callSwarm, OnSwarm } from "../swarm-call.ts";
import { procedure, router } from "../trpc.ts";

const OnStack = OnSwarm.extend(StackRef.shape);
const DeployOnSwarm = OnSwarm.extend(StackDeploy.shape);

/**
 * Refuses unless the caller holds `permission` on each of the stack's existing services (of those
 * named in `only`, for a deploy: the ones it replaces). A stack to remove is missing to a caller
 * who sees none of its services.
 */
async function requireOnStackServices(ctx: Caller, swarmId: string, stack: string, permission: "stack.deploy" | "stack.remove", only?: ReadonlySet<string>) {
  if (ctx.access.isAdmin) return;
  const existing = servicesOfStack(await callSwarm(ctx, swarmId, "service.list", {}), stack).filter((service) => !only || only.has(service.name));
  const seen = visibleOnly(ctx.access, "stack.view", existing, (service) => labelledResource(swarmId, service.labels));
  if (permission === "stack.remove" && seen.length === 0) notFound(missing.stack(stack));
  const denied = servicesWithout(ctx.access, permission, swarmId, existing);
  if (denied.length === 0) return;
  const names = denied.map((service) => service.name).join(", ");
  throw new TRPCError({ code: "FORBIDDEN", message: `You need the ${permission} permission on every service of stack ${stack}; you lack it on ${names}.` });
}

export const stacksRouter = router({
  list: procedure("stack.view")
    .input(OnSwarm)
    .query(async ({ ctx, input }) => {
      if (ctx.access.isAdmin) return callSwarm(ctx, input.swarmId, "stack.list", {});
      return visibleStacks(ctx.access, input.swarmId, await callSwarm(ctx, input.swarmId, "service.list", {}));
    }),

  /** A stack's services and the networks it created. */
  services: procedure("stack.view")
    .input(OnStack)
    .query(async ({ ctx, input }) => {
      const stack = await callSwarm(ctx, input.swarmId, "stack.services", { name: input.name });
      if (ctx.access.isAdmin) return stack;
      const services = visibleOnly(ctx.access, "stack.view", stack.services, (service) => labelledResource(input.swarmId, service.labels));
      if (services.length === 0) notFound(missing.stack(input.name));
      return { ...stack, services };
    }),

  /**
   * Checks a file without touching the swarm. It names the swarm all the same, like deploy, so
   * that a permission granted on one swarm covers it; what the caller may not deploy is a problem.
   */
  validate: procedure("stack.deploy")
    .input(DeployOnSwarm)
    .mutation(({ ctx, input }): StackCheck => {
      const parsed = parseStack(input.compose, input.name);
      if (!parsed.ok) return parsed;
      const refusals = stackPlanRefusals(ctx.access, input.swarmId, parsed.stack);
      if (refusals.length > 0) return { ok: false, problems: refusals };
      const { services, networks } = parsed.stack;
      return { ok: true, services: services.map((s) => s.Name), networks: networks.map((n) => n.name), warnings: parsed.warnings };
    }),

  /** Like docker stack deploy: services of the stack that exist are updated, the others created. */
  deploy: procedure("stack.deploy")
    .input(DeployOnSwarm)
    .mutation(async ({ ctx, input: { swarmId, name, compose } }): Promise<StackDeployOutcome> => {
      const parsed = parseStack(compose, name);
      if (!parsed.ok) return parsed;
      const [refusal] = stackPlanRefusals(ctx.access, swarmId, parsed.stack);
      if (refusal) throw new TRPCError({ code: "FORBIDDEN", message: `${refusal.path}: ${refusal.message}` });
      await requireOnStackServices(ctx, swarmId, name, "stack.deploy", new Set(parsed.stack.services.map((s) => s.Name)));
      return { ok: true, ...(await callSwarm(ctx, swarmId, "stack.deploy", { name, compose })) };
    }),

  /** The stack's services and the networks it created; external networks, secrets and configs stay. */
  remove: procedure("stack.remove")
    .input(OnStack)
    .mutation(async ({ ctx, input }) => {
      await requireOnStackServices(ctx, input.swarmId, input.name, "stack.remove");
      return callSwarm(ctx, input.swarmId, "stack.remove", { name: input.name });
    }),
});
