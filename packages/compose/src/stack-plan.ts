/**
 * What deploying a compose file as a stack means: the services to create or update and the
 * objects around them, every name already prefixed with the stack's as docker stack deploy does.
 */
import type { DockerServiceSpec, Labels } from "./docker-service-spec.ts";

export interface StackPlan {
  name: string;
  services: DockerServiceSpec[];
  /** Only the networks some service attaches to, as docker stack deploy creates no others. */
  networks: StackNetwork[];
  /** Swarm has no stack-wide volumes: each node creates a volume when a task first mounts it. */
  volumes: StackVolume[];
  /** Always external: a secret's content has to be in the swarm before the stack refers to it. */
  secrets: ExternalObject[];
  configs: ExternalObject[];
}

/** External objects must already exist; the deployer checks, and creates the others. */
export type StackNetwork = ExternalObject | { name: string; external: false; spec: NetworkCreateSpec };

export type StackVolume =
  | ExternalObject
  | { name: string; external: false; labels: Labels; driver?: string; driverOptions?: Labels };

export interface ExternalObject {
  name: string;
  external: true;
}

/** The body of the Engine API's POST /networks/create. */
export interface NetworkCreateSpec {
  Name: string;
  Driver: string;
  Labels: Labels;
  Options?: Labels;
  Attachable?: boolean;
  Internal?: boolean;
  IPAM?: { Driver?: string; Config?: IpamConfig[] };
}

export interface IpamConfig {
  Subnet?: string;
  IPRange?: string;
  Gateway?: string;
  AuxiliaryAddresses?: Labels;
}
