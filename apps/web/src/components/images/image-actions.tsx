"use client";
/** Removing an image, with confirmation and an optional force. */
import { useMutation } from "@tanstack/react-query";
import type { ImageSummary } from "@wheelhouse/protocol";
import { ConfirmDialog, IconButton, pluralize, shortId } from "@wheelhouse/ui";
import { Trash2 } from "lucide-react";
import { useState } from "react";
import { useActionToasts } from "@/hooks/use-action-toasts";
import { useBlocked } from "@/hooks/use-blocked";
import { useTRPC } from "@/lib/trpc";
import { imageName } from "./image-name";

export function ImageActions({ nodeId, image }: { nodeId: string; image: ImageSummary }) {
  const trpc = useTRPC();
  const blocked = useBlocked();
  const toasts = useActionToasts();
  const name = imageName(image);
  const [open, setOpen] = useState(false);
  const [force, setForce] = useState(false);
  // Docker's conflict message (image in use, several tags) reaches the error toast as it is.
  const remove = useMutation(
    trpc.images.remove.mutationOptions({
      ...toasts(`Removed image ${name}`, `Could not remove image ${name}`),
      onSettled: () => setOpen(false),
    }),
  );
  if (blocked("image.remove")) return null;

  return (
    <>
      <IconButton aria-label={`Remove image ${name}`} icon={<Trash2 />} size="sm" variant="danger" onClick={() => setOpen(true)} />
      <ConfirmDialog
        open={open}
        title={`Remove image ${name}?`}
        description={
          <>
            Image {shortId(image.id)}
            {image.tags.length > 0 && ` and its ${pluralize(image.tags.length, "tag")}`} will be deleted. Layers other images share are kept.
            {image.tags.length > 1 && " Removing several tags at once needs force."}
            {image.containers > 0 && ` ${pluralize(image.containers, "container")} use it; a running one always blocks removal.`}
          </>
        }
        confirmLabel="Remove"
        tone="danger"
        busy={remove.isPending}
        onCancel={() => setOpen(false)}
        onConfirm={() => remove.mutate({ nodeId, id: image.id, force })}
      >
        <label className="flex items-start gap-2 text-fg">
          <input type="checkbox" className="mt-0.5 size-4 accent-accent-600" checked={force} onChange={(e) => setForce(e.target.checked)} />
          <span>
            Force
            <span className="block text-fg-muted">Also untag and remove it when it has several tags or stopped containers use it.</span>
          </span>
        </label>
      </ConfirmDialog>
    </>
  );
}
