/** What a finished prune deleted and how much space it gave back. */
import type { PruneRequest, PruneResult } from "@wheelhouse/protocol";
import { Button, Card, formatBytes, KeyValueList, pluralize, shortId, type KeyValueItem } from "@wheelhouse/ui";

interface Props {
  result: PruneResult;
  request: PruneRequest;
  onDismiss: () => void;
}

// Containers and images come back as full ids; names and "repo:tag" references are shown as they are.
const FULL_ID = /^(sha256:)?[0-9a-f]{64}$/;

export function PruneResultCard({ result: r, request, onDismiss }: Props) {
  const items: KeyValueItem[] = [];
  if (request.containers) items.push(deleted("Containers", "container", r.containersDeleted));
  if (request.images !== "none") items.push(deleted("Images", "image", r.imagesDeleted));
  if (request.networks) items.push(deleted("Networks", "network", r.networksDeleted));
  if (request.volumes) items.push(deleted("Volumes", "volume", r.volumesDeleted));
  if (request.buildCache) items.push({ label: "Build cache", value: pluralize(r.buildCacheDeleted, "record") + " deleted" });

  return (
    <Card
      title={`Reclaimed ${formatBytes(r.reclaimedBytes)}`}
      description="The prune finished; this is what it deleted."
      actions={
        <Button size="sm" variant="ghost" onClick={onDismiss}>
          Dismiss
        </Button>
      }
    >
      <KeyValueList items={items} />
    </Card>
  );
}

function deleted(label: string, noun: string, ids: string[]): KeyValueItem {
  return {
    label,
    value: (
      <>
        {pluralize(ids.length, noun)} deleted
        {ids.length > 0 && (
          <ul className="mt-1.5 flex max-h-40 flex-wrap gap-x-3 gap-y-1 overflow-y-auto font-mono text-xs text-fg-muted">
            {ids.map((id) => (
              <li key={id} title={id}>
                {FULL_ID.test(id) ? shortId(id) : id}
              </li>
            ))}
          </ul>
        )}
      </>
    ),
  };
}
