/**
 * Service options compose knows that a swarm stack doesn't take. Some docker stack deploy ignores
 * ("Ignoring unsupported options"): Wheelhouse deploys without them too and warns, naming each.
 * Others it refuses, and so does Wheelhouse, saying what to write instead.
 */

const notInSwarm = "swarm services don't have it";

export const ignoredServiceOptions: Readonly<Record<string, string>> = {
  build: "swarm deploys images: build and push the image, then name it in image",
  container_name: "swarm names each task's container itself",
  depends_on: "swarm starts services in no particular order; make each wait for what it needs",
  links: "services on a shared network reach each other by service name",
  external_links: "services on a shared network reach each other by service name",
  expose: "services on a shared network reach each other on any port",
  network_mode: "swarm services attach to networks instead",
  tmpfs: "write it as a volumes entry with type: tmpfs",
  privileged: notInSwarm,
  security_opt: notInSwarm,
  cgroup_parent: notInSwarm,
  cgroupns_mode: notInSwarm,
  devices: notInSwarm,
  domainname: notInSwarm,
  ipc: notInSwarm,
  pid: notInSwarm,
  mac_address: notInSwarm,
  shm_size: notInSwarm,
  userns_mode: notInSwarm,
};

const useDeployResources = "set resources under deploy.resources";
const notYet = "not supported by Wheelhouse yet";

export const refusedServiceOptions: Readonly<Record<string, string>> = {
  env_file: "env_file needs files from the machine running docker, which Wheelhouse doesn't have: list the variables under environment",
  extends: "extends isn't supported by docker stack deploy either: write the service out in full (docker compose config does it)",
  volume_driver: "declare the volume under the top-level volumes, with its driver there",
  volumes_from: "declare a volume under the top-level volumes and mount it in each service that shares it",
  cpu_quota: useDeployResources,
  cpu_shares: useDeployResources,
  cpuset: useDeployResources,
  mem_limit: useDeployResources,
  memswap_limit: useDeployResources,
  ulimits: notYet,
  isolation: notYet,
  credential_spec: notYet,
  oom_score_adj: notYet,
};
