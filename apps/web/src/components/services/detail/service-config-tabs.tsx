/** The service's spec, as a list of its main fields or as the YAML the form's YAML view edits. */
import type { ServiceDetails } from "@wheelhouse/protocol";
import { Card, CodeBlock, Tabs } from "@wheelhouse/ui";
import { specToYaml } from "../form/spec-yaml";
import { SpecSummary } from "./spec-summary";

export function ServiceConfigTabs({ service }: { service: ServiceDetails }) {
  const spec = service.spec;
  return (
    <Card title="Configuration" description={`Spec version ${service.version}${service.hasPreviousSpec ? "; the previous one is kept for a rollback" : ""}.`}>
      {spec ? (
        <Tabs
          label="Service configuration"
          items={[
            { id: "spec", label: "Spec", content: <SpecSummary spec={spec} /> },
            { id: "yaml", label: "YAML", content: <CodeBlock title="Service spec (YAML)" code={specToYaml(spec)} maxHeight="32rem" /> },
          ]}
        />
      ) : (
        <p className="text-sm text-fg-muted">This is a swarm job (it runs to completion); Wheelhouse shows its tasks but does not model its spec.</p>
      )}
    </Card>
  );
}
