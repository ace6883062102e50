/** A note on rack awareness: node labels are what services' placement rules read. */
import { Lightbulb } from "lucide-react";

export function PlacementHint() {
  return (
    <aside aria-label="Rack awareness" className="mb-4 flex gap-3 rounded-lg border border-info-line bg-info-soft px-4 py-3 text-sm text-info-fg">
      <Lightbulb aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
      <p>
        <span className="font-medium">Rack awareness:</span> label nodes with where they stand, e.g. <code className="font-mono">rack=r1</code> or{" "}
        <code className="font-mono">zone=eu-west-1a</code>. A service&apos;s placement preference{" "}
        <code className="font-mono">spread=node.labels.rack</code> then spreads its replicas across racks, and a constraint such as{" "}
        <code className="font-mono">node.labels.rack==r1</code> keeps it on one.
      </p>
    </aside>
  );
}
