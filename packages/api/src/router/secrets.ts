/** A swarm's secrets: list, create, remove. No procedure returns a secret's value. */
import { SecretCreate, SecretRef } from "@wheelhouse/protocol";
import { callSwarm, OnSwarm } from "../swarm-call.ts";
import { procedure, router } from "../trpc.ts";

export const secretsRouter = router({
  list: procedure("secret.view")
    .input(OnSwarm)
    .query(({ ctx, input }) => callSwarm(ctx, input.swarmId, "secret.list", {})),

  create: procedure("secret.create")
    .input(OnSwarm.extend(SecretCreate.shape))
    .mutation(({ ctx, input: { swarmId, ...secret } }) => callSwarm(ctx, swarmId, "secret.create", secret)),

  remove: procedure("secret.remove")
    .input(OnSwarm.extend(SecretRef.shape))
    .mutation(({ ctx, input }) => callSwarm(ctx, input.swarmId, "secret.remove", { id: input.id })),
});
