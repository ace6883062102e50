/** Swarm services and their tasks, addressed to a swarm: any connected manager of it carries them out. */
import { ServiceCreate, ServiceRef, ServiceScale, ServiceUpdate, TaskFilter } from "@wheelhouse/protocol";
import { callSwarm, OnSwarm } from "../swarm-call.ts";
import { procedure, router } from "../trpc.ts";

const OnService = OnSwarm.extend(ServiceRef.shape);

export const servicesRouter = router({
  list: procedure("service.view")
    .input(OnSwarm)
    .query(({ ctx, input }) => callSwarm(ctx, input.swarmId, "service.list", {})),

  inspect: procedure("service.view")
    .input(OnService)
    .query(({ ctx, input }) => callSwarm(ctx, input.swarmId, "service.inspect", { id: input.id })),

  /** The swarm's tasks, of one service and/or on one swarm node (a swarm node ID, not a Wheelhouse node's). */
  tasks: procedure("service.view")
    .input(OnSwarm.extend({ serviceId: TaskFilter.shape.serviceId, swarmNodeId: TaskFilter.shape.nodeId }))
    .query(({ ctx, input }) => callSwarm(ctx, input.swarmId, "task.list", { serviceId: input.serviceId, nodeId: input.swarmNodeId })),

  create: procedure("service.create")
    .input(OnSwarm.extend(ServiceCreate.shape))
    .mutation(({ ctx, input: { swarmId, spec } }) => callSwarm(ctx, swarmId, "service.create", { spec })),

  /** `version` is the one the form was read at: a service changed since is refused, not overwritten. */
  update: procedure("service.update")
    .input(OnSwarm.extend(ServiceUpdate.shape))
    .mutation(({ ctx, input: { swarmId, ...update } }) => callSwarm(ctx, swarmId, "service.update", update)),

  scale: procedure("service.update")
    .input(OnSwarm.extend(ServiceScale.shape))
    .mutation(({ ctx, input: { swarmId, ...scale } }) => callSwarm(ctx, swarmId, "service.scale", scale)),

  rollback: procedure("service.update")
    .input(OnService)
    .mutation(({ ctx, input }) => callSwarm(ctx, input.swarmId, "service.rollback", { id: input.id })),

  remove: procedure("service.remove")
    .input(OnService)
    .mutation(({ ctx, input }) => callSwarm(ctx, input.swarmId, "service.remove", { id: input.id })),
});
