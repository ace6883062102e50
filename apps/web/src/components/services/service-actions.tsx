"use client";
/**
 * What can be done to a service: read its logs, scale, edit, roll back, remove. Icon buttons in a table row,
 * labelled buttons in the service's header; an action that does not apply, or that the user may
 * not take, says why.
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { ServiceSummary } from "@wheelhouse/protocol";
import { Button, buttonClasses, ConfirmDialog, IconButton } from "@wheelhouse/ui";
import { ChevronsUpDown, Pencil, Trash2, Undo2 } from "lucide-react";
import Link from "next/link";
import { useState, type ReactNode } from "react";
import { LogsLink, serviceLogsHref } from "@/components/logs/logs-link";
import { useActionToasts } from "@/hooks/use-action-toasts";
import { useBlocked } from "@/hooks/use-blocked";
import { useTRPC } from "@/lib/trpc";
import { ScaleDialog } from "./scale-dialog";

interface ServiceActionsProps {
  swarmId: string;
  service: ServiceSummary;
  layout: "row" | "header";
  /** Known on the service's page; in the list, the server refuses a rollback with nothing to go back to. */
  canRollBack?: boolean;
  /** Set when the form can edit it (not a swarm job). */
  editHref?: string;
  onRemoved?: () => void;
}

type Dialog = "scale" | "rollback" | "remove" | null;

export function ServiceActions({ swarmId, service, layout, canRollBack = true, editHref, onRemoved }: ServiceActionsProps) {
  const trpc = useTRPC();
  const blocked = useBlocked();
  const queryClient = useQueryClient();
  const toasts = useActionToasts();
  const [dialog, setDialog] = useState<Dialog>(null);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: trpc.services.pathKey() });
  const rollback = useMutation(
    trpc.services.rollback.mutationOptions({
      ...toasts(`Rolling back ${service.name}`, `Could not roll back ${service.name}`),
      onSettled: () => {
        setDialog(null);
        refresh();
      },
    }),
  );
  const removeToasts = toasts(`Removed ${service.name}`, `Could not remove ${service.name}`);
  const remove = useMutation(
    trpc.services.remove.mutationOptions({
      onSuccess: () => {
        removeToasts.onSuccess();
        onRemoved?.();
      },
      onError: removeToasts.onError,
      onSettled: () => {
        setDialog(null);
        refresh();
      },
    }),
  );
  const updateBlocked = blocked("service.update");
  const scaleBlocked = updateBlocked ?? (service.mode === "replicated" ? undefined : "A global service runs one task on each eligible node; it cannot be scaled");
  const rollbackBlocked = updateBlocked ?? (canRollBack ? undefined : "This service has not been updated yet, so there is no previous version to roll back to");
  const running = service.replicas.running;

  const action = (label: string, icon: ReactNode, onClick: () => void, blocked?: string, danger = false) =>
    layout === "row" ? (
      <span title={blocked}>
        <IconButton aria-label={`${label} ${service.name}`} title={blocked ?? label} icon={icon} size="sm" variant={danger ? "danger" : "ghost"} disabled={blocked !== undefined} onClick={onClick} />
      </span>
    ) : (
      <span title={blocked}>
        <Button icon={icon} variant={danger ? "danger" : "secondary"} disabled={blocked !== undefined} onClick={onClick}>
          {label}
        </Button>
      </span>
    );

  return (
    <>
      {!blocked("logs.read") && <LogsLink compact={layout === "row"} href={serviceLogsHref(swarmId, service.id)} name={service.name} />}
      {action("Scale", <ChevronsUpDown />, () => setDialog("scale"), scaleBlocked)}
      {layout === "header" && editHref && !updateBlocked && (
        <Link href={editHref} className={buttonClasses()}>
          <Pencil aria-hidden="true" />
          Edit
        </Link>
      )}
      {action("Roll back", <Undo2 />, () => setDialog("rollback"), rollbackBlocked)}
      {action("Remove", <Trash2 />, () => setDialog("remove"), blocked("service.remove"), true)}
      {dialog === "scale" && <ScaleDialog swarmId={swarmId} service={service} open onClose={() => setDialog(null)} />}
      <ConfirmDialog
        open={dialog === "rollback"}
        title={`Roll back ${service.name}?`}
        description="The swarm puts the spec from before the last update back, replacing tasks as the rollback policy says."
        confirmLabel={rollback.isPending ? "Rolling back…" : "Roll back"}
        busy={rollback.isPending}
        onCancel={() => setDialog(null)}
        onConfirm={() => rollback.mutate({ swarmId, id: service.id })}
      />
      <ConfirmDialog
        open={dialog === "remove"}
        title={`Remove ${service.name}?`}
        description={`This stops all of its tasks on every node (${running} running now) and deletes the service. Its volumes, secrets and configs stay. This cannot be undone.`}
        confirmLabel={remove.isPending ? "Removing…" : "Remove"}
        tone="danger"
        busy={remove.isPending}
        onCancel={() => setDialog(null)}
        onConfirm={() => remove.mutate({ swarmId, id: service.id })}
      />
    </>
  );
}

