/**
 * The options of one compose service that a swarm stack takes, checked and converted to the
 * Engine API's units; references to networks, volumes, secrets and configs resolved against the
 * file's declarations.
 */
import { z } from "zod";
import { CommandLine, Duration, ExtraHosts, StringList, StringMap } from "./compose-values.ts";
import { Deploy } from "./deploy.ts";
import { Environment } from "./environment.ts";
import { fileReference } from "./file-references.ts";
import { Healthcheck } from "./healthcheck.ts";
import { Logging } from "./logging.ts";
import { mountEntry } from "./mounts.ts";
import { PortEntry } from "./ports.ts";
import { ServiceRestart } from "./restart-policy.ts";
import { serviceNetworks } from "./service-networks.ts";
import type { StackContext } from "./top-level.ts";

const Image = z
  .string({ error: (issue) => (issue.input === undefined ? "a swarm service runs an image, and can't build one: name the image" : undefined) })
  .min(1);

export const serviceOptions = (service: string, context: StackContext) =>
  z
    .strictObject({
      image: Image,
      entrypoint: CommandLine.optional(),
      command: CommandLine.optional(),
      environment: Environment.optional(),
      labels: StringMap.optional(),
      ports: z.array(PortEntry).optional(),
      volumes: z.array(mountEntry(context.volumes)).optional(),
      networks: serviceNetworks(context.networks, service).optional(),
      deploy: Deploy.prefault({}),
      restart: ServiceRestart.optional(),
      healthcheck: Healthcheck.optional(),
      logging: Logging.optional(),
      secrets: z.array(fileReference("secret", context.secrets)).optional(),
      configs: z.array(fileReference("config", context.configs)).optional(),
      user: z.union([z.string(), z.number().int()]).transform(String).optional(),
      working_dir: z.string().optional(),
      hostname: z.string().optional(),
      stop_grace_period: Duration.optional(),
      stop_signal: z.string().optional(),
      read_only: z.boolean().optional(),
      init: z.boolean().optional(),
      tty: z.boolean().optional(),
      stdin_open: z.boolean().optional(),
      cap_add: z.array(z.string()).optional(),
      cap_drop: z.array(z.string()).optional(),
      sysctls: StringMap.optional(),
      extra_hosts: ExtraHosts.optional(),
      dns: StringList.optional(),
      dns_search: StringList.optional(),
      dns_opt: z.array(z.string()).optional(),
    })
    .superRefine((options, ctx) => {
      if (options.deploy.EndpointMode === "dnsrr" && options.ports?.flat().some((port) => port.PublishMode === "ingress")) {
        ctx.addIssue({ code: "custom", path: ["deploy", "endpoint_mode"], message: "a dnsrr service can't publish through the routing mesh: publish its ports with mode: host" });
      }
    });

export type ServiceOptions = z.output<ReturnType<typeof serviceOptions>>;
