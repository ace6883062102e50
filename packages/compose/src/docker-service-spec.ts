/**
 * The parts of the Docker Engine API's ServiceSpec (the body of POST /services/create) that a
 * compose file produces. Field names and units are the API's own: durations are nanoseconds,
 * memory is bytes, CPUs are billionths of a CPU.
 */

export type Labels = Record<string, string>;

export interface DockerServiceSpec {
  Name: string;
  Labels: Labels;
  TaskTemplate: TaskSpec;
  Mode: ServiceMode;
  UpdateConfig?: UpdateConfig;
  RollbackConfig?: UpdateConfig;
  EndpointSpec: EndpointSpec;
}

export interface TaskSpec {
  ContainerSpec: ContainerSpec;
  Resources?: ResourceRequirements;
  RestartPolicy?: RestartPolicy;
  Placement?: Placement;
  Networks: NetworkAttachment[];
  LogDriver?: LogDriver;
}

export interface ContainerSpec {
  Image: string;
  Labels: Labels;
  /** Replaces the image's ENTRYPOINT (compose `entrypoint`). */
  Command?: string[];
  /** Replaces the image's CMD (compose `command`). */
  Args?: string[];
  Env?: string[];
  Hostname?: string;
  Dir?: string;
  User?: string;
  Mounts?: Mount[];
  Secrets?: SecretReference[];
  Configs?: ConfigReference[];
  StopGracePeriod?: number;
  StopSignal?: string;
  Healthcheck?: HealthConfig;
  /** "IP hostname" lines, swarm's notation for extra /etc/hosts entries. */
  Hosts?: string[];
  DNSConfig?: { Nameservers?: string[]; Search?: string[]; Options?: string[] };
  ReadOnly?: boolean;
  Init?: boolean;
  TTY?: boolean;
  OpenStdin?: boolean;
  CapabilityAdd?: string[];
  CapabilityDrop?: string[];
  Sysctls?: Labels;
}

export interface Mount {
  Type: "bind" | "volume" | "tmpfs";
  /** A host path for a bind, a volume name (none: an anonymous volume); never for tmpfs. */
  Source?: string;
  Target: string;
  ReadOnly?: boolean;
  BindOptions?: { Propagation: BindPropagation };
  VolumeOptions?: { NoCopy?: boolean; Labels?: Labels; DriverConfig?: { Name?: string; Options?: Labels } };
  TmpfsOptions?: { SizeBytes?: number; Mode?: number };
}

export type BindPropagation = "private" | "rprivate" | "shared" | "rshared" | "slave" | "rslave";

interface FileTarget {
  /** A file name under /run/secrets (secrets) or a path in the container (configs). */
  Name: string;
  UID: string;
  GID: string;
  Mode: number;
}

/**
 * The engine wants the object's ID as well as its name; the deployer looks the ID up by name,
 * since only the engine knows it.
 */
export interface SecretReference {
  SecretName: string;
  File: FileTarget;
}

export interface ConfigReference {
  ConfigName: string;
  File: FileTarget;
}

export interface HealthConfig {
  /** ["CMD", argv...], ["CMD-SHELL", "a shell line"], ["NONE"]; empty keeps the image's own test. */
  Test: string[];
  Interval?: number;
  Timeout?: number;
  StartPeriod?: number;
  StartInterval?: number;
  Retries?: number;
}

export interface Resources {
  NanoCPUs?: number;
  MemoryBytes?: number;
}

export interface ResourceRequirements {
  Limits?: Resources;
  Reservations?: Resources;
}

export interface RestartPolicy {
  Condition?: "none" | "on-failure" | "any";
  Delay?: number;
  MaxAttempts?: number;
  Window?: number;
}

export interface Placement {
  Constraints?: string[];
  Preferences?: { Spread: { SpreadDescriptor: string } }[];
  MaxReplicas?: number;
}

export interface NetworkAttachment {
  Target: string;
  Aliases?: string[];
}

export interface LogDriver {
  Name: string;
  Options?: Labels;
}

/** Replicas left out, the engine runs one, as docker stack deploy leaves it. */
export type ServiceMode = { Replicated: { Replicas?: number } } | { Global: Record<string, never> };

export interface UpdateConfig {
  Parallelism: number;
  Delay?: number;
  FailureAction?: "continue" | "rollback" | "pause";
  Monitor?: number;
  MaxFailureRatio?: number;
  Order?: "start-first" | "stop-first";
}

export interface EndpointSpec {
  Mode: "vip" | "dnsrr";
  Ports: PortConfig[];
}

export interface PortConfig {
  Protocol: "tcp" | "udp" | "sctp";
  TargetPort: number;
  /** Left out, swarm picks one (ingress mode). */
  PublishedPort?: number;
  PublishMode: "ingress" | "host";
}
