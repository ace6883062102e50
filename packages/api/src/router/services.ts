/**
 * Swarm services and their tasks, addressed to a swarm: any connected manager of it carries them
 * out. A service's labels decide who reaches it; a new or updated spec must carry labels the
 * caller may use, and host access only for those who hold workload.host-access.
 */
import { ServiceCreate, ServiceRef, ServiceScale, ServiceUpdate, TaskFilter, type ServiceSpec } from "@wheelhouse/protocol";
import type { Authorizer, Permission } from "@wheelhouse/auth";
import { hostAccessOfForm } from "../access/host-access.ts";
import { requireHostAccess, requireLabelsAllowed } from "../access/require.ts";
import { requireOnService } from "../access/service-access.ts";
import { labelledResource, missing, taskResources } from "../access/swarm-object-resources.ts";
import { visibleOne, visibleOnly } from "../access/visible-only.ts";
import { callSwarm, OnSwarm } from "../swarm-call.ts";
import { procedure, router } from "../trpc.ts";

const OnService = OnSwarm.extend(ServiceRef.shape);

/** A spec about to be sent: its labels must be the caller's to use, and its host access allowed. */
function requireSpecAllowed(access: Authorizer, permission: Permission, swarmId: string, spec: ServiceSpec, what: string): void {
  const resource = labelledResource(swarmId, spec.labels);
  requireLabelsAllowed(access, permission, resource, what);
  requireHostAccess(access, resource, hostAccessOfForm(spec));
}

export const servicesRouter = router({
  list: procedure("service.view")
    .input(OnSwarm)
    .query(async ({ ctx, input }) => {
      const services = await callSwarm(ctx, input.swarmId, "service.list", {});
      return visibleOnly(ctx.access, "service.view", services, (service) => labelledResource(input.swarmId, service.labels));
    }),

  inspect: procedure("service.view")
    .input(OnService)
    .query(async ({ ctx, input }) => {
      const service = await callSwarm(ctx, input.swarmId, "service.inspect", { id: input.id });
      return visibleOne(ctx.access, "service.view", service, (s) => labelledResource(input.swarmId, s.labels), missing.service(input.id));
    }),

  /** The swarm's tasks, of one service and/or on one swarm node (a swarm node ID, not a Wheelhouse node's). */
  tasks: procedure("service.view")
    .input(OnSwarm.extend({ serviceId: TaskFilter.shape.serviceId, swarmNodeId: TaskFilter.shape.nodeId }))
    .query(async ({ ctx, input }) => {
      const tasks = await callSwarm(ctx, input.swarmId, "task.list", { serviceId: input.serviceId, nodeId: input.swarmNodeId });
      if (ctx.access.isAdmin) return tasks;
      const resourceOf = taskResources(input.swarmId, await callSwarm(ctx, input.swarmId, "service.list", {}));
      return visibleOnly(ctx.access, "service.view", tasks, resourceOf);
    }),

  create: procedure("service.create")
    .input(OnSwarm.extend(ServiceCreate.shape))
    .mutation(({ ctx, input: { swarmId, spec } }) => {
      requireSpecAllowed(ctx.access, "service.create", swarmId, spec, "create a service");
      return callSwarm(ctx, swarmId, "service.create", { spec });
    }),

  /** `version` is the one the form was read at: a service changed since is refused, not overwritten. */
  update: procedure("service.update")
    .input(OnSwarm.extend(ServiceUpdate.shape))
    .mutation(async ({ ctx, input: { swarmId, ...update } }) => {
      await requireOnService(ctx, swarmId, update.id, "service.update");
      requireSpecAllowed(ctx.access, "service.update", swarmId, update.spec, "label a service");
      return callSwarm(ctx, swarmId, "service.update", update);
    }),

  scale: procedure("service.update")
    .input(OnSwarm.extend(ServiceScale.shape))
    .mutation(async ({ ctx, input: { swarmId, ...scale } }) => {
      await requireOnService(ctx, swarmId, scale.id, "service.update");
      return callSwarm(ctx, swarmId, "service.scale", scale);
    }),

  rollback: procedure("service.update")
    .input(OnService)
    .mutation(async ({ ctx, input }) => {
      await requireOnService(ctx, input.swarmId, input.id, "service.update");
      if (!ctx.access.isAdmin) {
        // A rollback writes the previous spec back, which must pass what an update with it would.
        const { previousSpec } = await callSwarm(ctx, input.swarmId, "service.inspect", { id: input.id });
        if (previousSpec) requireSpecAllowed(ctx.access, "service.update", input.swarmId, previousSpec, "roll a service back to a version");
      }
      return callSwarm(ctx, input.swarmId, "service.rollback", { id: input.id });
    }),

  remove: procedure("service.remove")
    .input(OnService)
    .mutation(async ({ ctx, input }) => {
      await requireOnService(ctx, input.swarmId, input.id, "service.remove");
      return callSwarm(ctx, input.swarmId, "service.remove", { id: input.id });
    }),
});
