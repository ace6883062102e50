"use client";
/**
 * "Why can Alice exec into this container?": pick a user, a permission and a resource (its cluster,
 * and the labels of its node and of itself), and see the answer with the grants behind it.
 */
import { skipToken, useQuery } from "@tanstack/react-query";
import type { Permission } from "@wheelhouse/api";
import { Button, Card } from "@wheelhouse/ui";
import { HelpCircle } from "lucide-react";
import { useState, type FormEvent } from "react";
import { FormError } from "@/components/form-error";
import { QueryStates } from "@/components/query-states";
import { SelectField } from "@/components/select-field";
import { LabelRowsField } from "@/components/swarm-nodes/label-rows-field";
import { labelRow, labelRowProblems, labelsFromRows } from "@/components/swarm-nodes/label-rows";
import { useTRPC } from "@/lib/trpc";
import { ExplanationView } from "./explanation-view";

interface Question {
  userId: string;
  permission: Permission;
  resource: { clusterId: string; nodeLabels?: Record<string, string>; labels?: Record<string, string> };
}

/** Object labels only mean something for kinds that carry them; node labels only for what sits on a node. */
const labelled = (permission: string) => /^(container|logs|service|stack|secret|config|workload)\./.test(permission);
const nodeBound = (permission: string) => /^(node|container|logs|image|volume|network|system)\./.test(permission);

export function ExplainAccessPanel() {
  const trpc = useTRPC();
  const users = useQuery(trpc.grants.subjects.queryOptions());
  const catalogue = useQuery(trpc.roles.permissions.queryOptions());
  const clusters = useQuery(trpc.resourceSets.clusterChoices.queryOptions());
  const [userId, setUserId] = useState("");
  const [permission, setPermission] = useState<Permission>("container.exec");
  const [clusterId, setClusterId] = useState("");
  const [labelRows, setLabelRows] = useState(() => [labelRow()]);
  const [nodeRows, setNodeRows] = useState(() => [labelRow()]);
  const [question, setQuestion] = useState<Question | null>(null);
  const [incomplete, setIncomplete] = useState<string | null>(null);
  const labelProblems = labelRowProblems(labelRows);
  const nodeProblems = labelRowProblems(nodeRows);
  const answer = useQuery(trpc.access.explain.queryOptions(question ?? skipToken));

  const ask = (event: FormEvent) => {
    event.preventDefault();
    const lacking = !userId ? "Choose a user." : !clusterId ? "Choose a cluster." : null;
    setIncomplete(lacking);
    if (lacking || labelProblems.size > 0 || nodeProblems.size > 0) return;
    setQuestion({
      userId,
      permission,
      resource: { clusterId, nodeLabels: nodeBound(permission) ? labelsFromRows(nodeRows) : undefined, labels: labelled(permission) ? labelsFromRows(labelRows) : undefined },
    });
  };

  const permissionOptions = (catalogue.data ?? []).flatMap((area) => area.permissions.map((p) => ({ value: p.name, label: `${area.label}: ${p.name}` })));

  return (
    <Card title="Explain access" description="Why may (or may not) someone do something? Describe the resource as the server sees it: its cluster, its node's labels and its own labels.">
      <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <form onSubmit={ask} noValidate className="space-y-4">
          <FormError message={incomplete} />
          <SelectField
            label="User"
            value={userId}
            onChange={(e) => setUserId(e.target.value)}
            options={[{ value: "", label: users.isPending ? "Loading…" : "Choose a user" }, ...(users.data?.users ?? []).map((u) => ({ value: u.id, label: u.username }))]}
          />
          <SelectField label="Permission" value={permission} onChange={(e) => setPermission(e.target.value as Permission)} options={permissionOptions.length ? permissionOptions : [{ value: permission, label: permission }]} />
          <SelectField
            label="Cluster"
            value={clusterId}
            onChange={(e) => setClusterId(e.target.value)}
            options={[{ value: "", label: clusters.isPending ? "Loading…" : clusters.data?.length ? "Choose a cluster" : "No clusters yet" }, ...(clusters.data ?? []).map((c) => ({ value: c.id, label: c.name }))]}
          />
          {labelled(permission) && <LabelRowsField legend="The resource's labels" hint="e.g. team = payments, as on the container or service." rows={labelRows} onChange={setLabelRows} problems={labelProblems} />}
          {nodeBound(permission) && <LabelRowsField legend="Its node's labels" hint="The engine labels of the node it runs on, if any." rows={nodeRows} onChange={setNodeRows} problems={nodeProblems} />}
          <Button type="submit" variant="primary" icon={<HelpCircle />}>
            Explain
          </Button>
        </form>
        <div className="min-w-0">
          {question === null ? (
            <p className="rounded-md border border-dashed border-line px-4 py-6 text-center text-sm text-fg-muted">The answer, and the grants behind it, appear here.</p>
          ) : (
            <QueryStates query={answer} loadingLabel="Working it out…">
              {(data) => <ExplanationView answer={data} permission={question.permission} />}
            </QueryStates>
          )}
        </div>
      </div>
    </Card>
  );
}
