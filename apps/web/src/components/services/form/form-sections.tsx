/** Every section of the service form, in the order people fill them in. */
import { BasicsSection } from "./sections/basics-section";
import { EnvLabelsSection } from "./sections/env-labels-section";
import { HealthSection } from "./sections/health-section";
import { LoggingSection } from "./sections/logging-section";
import { MountsSection } from "./sections/mounts-section";
import { NetworksSection } from "./sections/networks-section";
import { PortsSection } from "./sections/ports-section";
import { ResourcesSection } from "./sections/resources-section";
import { RestartSection } from "./sections/restart-section";
import { SchedulingSection } from "./sections/scheduling-section";
import { UpdatePolicySection } from "./sections/update-policy-section";
import type { SectionProps } from "./section-props";

export function FormSections({ swarmId, editing, ...props }: SectionProps & { swarmId: string; editing: boolean }) {
  return (
    <div className="space-y-6">
      <BasicsSection {...props} editing={editing} />
      <SchedulingSection {...props} editing={editing} />
      <ResourcesSection {...props} />
      <PortsSection {...props} />
      <EnvLabelsSection {...props} />
      <MountsSection {...props} />
      <NetworksSection {...props} swarmId={swarmId} />
      <HealthSection {...props} />
      <RestartSection {...props} />
      <UpdatePolicySection {...props} />
      <LoggingSection {...props} />
    </div>
  );
}
