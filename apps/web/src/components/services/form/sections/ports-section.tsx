/** Published ports: container port, published port, protocol and publish mode per row. */
import { RowInput, RowSelect } from "../fields/row-input";
import { FormSection } from "../form-section";
import { RowList } from "../row-list";
import { replaceRow, rowId, withoutRow } from "../rows";
import { rowErrors, type SectionProps } from "../section-props";
import type { PortRow } from "../service-draft";

const PROTOCOLS = ["tcp", "udp", "sctp"] as const;
const MODES = ["ingress", "host"] as const;

export function PortsSection({ draft, update, errors }: SectionProps) {
  const set = (id: string, patch: Partial<PortRow>) => update({ ports: replaceRow(draft.ports, id, patch) });
  return (
    <FormSection
      title="Ports"
      description="Ingress mode answers on the published port of every node and balances over the tasks; host mode opens it only on nodes running a task."
    >
      <RowList
        rows={draft.ports}
        noun="port"
        headers={["Container port", "Published port", "Protocol", "Mode"]}
        grid="grid-cols-[1fr_1fr_6.5rem_7.5rem]"
        emptyText="No published ports: the service is reachable only from its networks."
        onAdd={() => update({ ports: [...draft.ports, { id: rowId(), target: "", published: "", protocol: "tcp", mode: "ingress" }] })}
        onRemove={(id) => update({ ports: withoutRow(draft.ports, id) })}
        rowErrors={(row) => rowErrors(errors, "ports", row.id)}
        renderRow={(row, i) => (
          <>
            <RowInput
              aria-label={`Port ${i + 1} container port`}
              inputMode="numeric"
              placeholder="80"
              value={row.target}
              error={errors[`ports.${row.id}.target`]}
              onChange={(e) => set(row.id, { target: e.target.value })}
            />
            <RowInput
              aria-label={`Port ${i + 1} published port`}
              inputMode="numeric"
              placeholder={row.mode === "ingress" ? "any free port" : "8080"}
              value={row.published}
              error={errors[`ports.${row.id}.published`]}
              onChange={(e) => set(row.id, { published: e.target.value })}
            />
            <RowSelect aria-label={`Port ${i + 1} protocol`} value={row.protocol} options={PROTOCOLS} onChange={(protocol) => set(row.id, { protocol })} />
            <RowSelect aria-label={`Port ${i + 1} mode`} value={row.mode} options={MODES} onChange={(mode) => set(row.id, { mode })} />
          </>
        )}
      />
    </FormSection>
  );
}
