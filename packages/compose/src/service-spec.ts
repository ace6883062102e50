/** One compose service's options as the ServiceSpec docker stack deploy sends for it. */
import type { ContainerSpec, DockerServiceSpec } from "./docker-service-spec.ts";
import { imageLabel, scoped, withStackLabel } from "./names.ts";
import { byPublishedPort, byText } from "./ordering.ts";
import type { ServiceOptions } from "./service-options.ts";
import { attachment } from "./service-networks.ts";
import type { StackContext } from "./top-level.ts";

export function serviceSpec(service: string, options: ServiceOptions, context: StackContext): DockerServiceSpec {
  const { stack } = context;
  const { deploy } = options;
  const defaultNetwork = context.networks.get("default")?.name ?? scoped(stack, "default");
  return {
    Name: scoped(stack, service),
    Labels: { ...withStackLabel(stack, deploy.Labels), [imageLabel]: options.image },
    TaskTemplate: {
      ContainerSpec: containerSpec(options, stack),
      Resources: deploy.Resources,
      RestartPolicy: deploy.RestartPolicy ?? options.restart,
      Placement: deploy.Placement,
      Networks: options.networks?.length ? options.networks : [attachment(defaultNetwork, [], service)],
      LogDriver: options.logging,
    },
    Mode: deploy.Mode,
    UpdateConfig: deploy.UpdateConfig,
    RollbackConfig: deploy.RollbackConfig,
    EndpointSpec: { Mode: deploy.EndpointMode, Ports: (options.ports ?? []).flat().sort(byPublishedPort) },
  };
}

function containerSpec(options: ServiceOptions, stack: string): ContainerSpec {
  const { dns, dns_search, dns_opt } = options;
  return {
    Image: options.image,
    Labels: withStackLabel(stack, options.labels),
    Command: options.entrypoint,
    Args: options.command,
    Env: options.environment,
    Hostname: options.hostname,
    Dir: options.working_dir,
    User: options.user,
    Mounts: options.volumes,
    Secrets: options.secrets?.map(({ name, file }) => ({ SecretName: name, File: file })).sort(byText((secret) => secret.SecretName)),
    Configs: options.configs?.map(({ name, file }) => ({ ConfigName: name, File: file })).sort(byText((config) => config.ConfigName)),
    StopGracePeriod: options.stop_grace_period,
    StopSignal: options.stop_signal,
    Healthcheck: options.healthcheck,
    Hosts: options.extra_hosts,
    DNSConfig: dns || dns_search || dns_opt ? { Nameservers: dns, Search: dns_search, Options: dns_opt } : undefined,
    ReadOnly: options.read_only,
    Init: options.init,
    TTY: options.tty,
    OpenStdin: options.stdin_open,
    CapabilityAdd: options.cap_add,
    CapabilityDrop: options.cap_drop,
    Sysctls: options.sysctls,
  };
}
