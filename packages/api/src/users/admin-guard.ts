/**
 * Keeps Wheelhouse administrable: nobody may lock themselves out, and the last enabled
 * administrator may not be disabled, demoted or deleted. Run inside the transaction that makes
 * the change, so two administrators demoting each other at once cannot both succeed.
 */
import { TRPCError } from "@trpc/server";
import type { Database } from "@wheelhouse/db";

type Transaction = Parameters<Parameters<Database["$transaction"]>[0]>[0];

export type AdminLoss = "disable" | "demote" | "delete";

const SELF: Record<AdminLoss, string> = {
  disable: "You cannot disable your own account; ask another administrator.",
  demote: "You cannot remove your own administrator rights; ask another administrator.",
  delete: "You cannot delete your own account; ask another administrator.",
};

const LAST: Record<AdminLoss, string> = {
  disable: "disabled",
  demote: "made a regular user",
  delete: "deleted",
};

export function assertNotSelf(actorId: string, targetId: string, loss: AdminLoss): void {
  if (actorId === targetId) throw new TRPCError({ code: "CONFLICT", message: SELF[loss] });
}

/** Refuses when the target is an enabled administrator and no other enabled administrator remains. */
export async function assertOtherAdminRemains(tx: Transaction, target: { id: string; username: string; isAdmin: boolean; disabled: boolean }, loss: AdminLoss): Promise<void> {
  if (!target.isAdmin || target.disabled) return;
  const others = await tx.user.count({ where: { isAdmin: true, disabled: false, id: { not: target.id } } });
  if (others === 0) {
    throw new TRPCError({ code: "CONFLICT", message: `${target.username} is the last enabled administrator and cannot be ${LAST[loss]}. Make another user an administrator first.` });
  }
}
