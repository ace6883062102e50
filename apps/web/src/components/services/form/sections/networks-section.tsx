"use client";
/** The overlay networks tasks join, and the secrets and configs mounted into them. */
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/lib/trpc";
import { RowInput } from "../fields/row-input";
import { FileRefRows } from "../file-ref-rows";
import { FormSection } from "../form-section";
import { RowList } from "../row-list";
import { replaceRow, rowId, withoutRow } from "../rows";
import { rowErrors, type SectionProps } from "../section-props";

export function NetworksSection({ draft, update, errors, swarmId }: SectionProps & { swarmId: string }) {
  const trpc = useTRPC();
  // Suggestions only: a person without the view permission can still type a name.
  const secrets = useQuery({ ...trpc.secrets.list.queryOptions({ swarmId }), retry: false });
  const configs = useQuery({ ...trpc.configs.list.queryOptions({ swarmId }), retry: false });
  return (
    <FormSection title="Networks, secrets and configs" description="Tasks on the same overlay network reach each other by service name.">
      <div>
        <h3 className="mb-3 text-sm font-medium text-fg">Networks</h3>
        <RowList
          rows={draft.networks}
          noun="network"
          headers={["Network name"]}
          grid="grid-cols-1"
          emptyText="No networks: the tasks join only the ingress network, for published ports."
          onAdd={() => update({ networks: [...draft.networks, { id: rowId(), value: "" }] })}
          onRemove={(id) => update({ networks: withoutRow(draft.networks, id) })}
          rowErrors={(row) => rowErrors(errors, "networks", row.id)}
          renderRow={(row, i) => (
            <RowInput
              aria-label={`Network ${i + 1} name`}
              mono
              placeholder="backend"
              value={row.value}
              error={rowErrors(errors, "networks", row.id)[0]}
              onChange={(e) => update({ networks: replaceRow(draft.networks, row.id, { value: e.target.value }) })}
            />
          )}
        />
      </div>
      <div>
        <h3 className="mb-3 text-sm font-medium text-fg">Secrets</h3>
        <FileRefRows kind="secret" rows={draft.secrets} onChange={(rows) => update({ secrets: rows })} known={(secrets.data ?? []).map((s) => s.name)} errors={errors} />
      </div>
      <div>
        <h3 className="mb-3 text-sm font-medium text-fg">Configs</h3>
        <FileRefRows kind="config" rows={draft.configs} onChange={(rows) => update({ configs: rows })} known={(configs.data ?? []).map((c) => c.name)} errors={errors} />
      </div>
    </FormSection>
  );
}
