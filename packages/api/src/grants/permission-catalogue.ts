/** The permissions a role may hold, grouped by the area they act on, for choosing and for matrices. */
import { PERMISSIONS, PERMISSION_NAMES, type Permission } from "@wheelhouse/auth";

const AREAS = {
  node: "Nodes",
  container: "Containers",
  logs: "Logs",
  image: "Images",
  volume: "Volumes",
  network: "Networks",
  system: "Disk and pruning",
  service: "Services",
  stack: "Stacks",
  swarm: "Swarms",
  secret: "Secrets",
  config: "Configs",
  workload: "Workloads",
  grant: "Access",
} as const;

export interface PermissionArea {
  area: keyof typeof AREAS;
  label: string;
  permissions: { name: Permission; description: string }[];
}

export function permissionCatalogue(): PermissionArea[] {
  return Object.entries(AREAS).map(([area, label]) => ({
    area: area as keyof typeof AREAS,
    label,
    permissions: PERMISSION_NAMES.filter((name) => name.split(".")[0] === area).map((name) => ({ name, description: PERMISSIONS[name] })),
  }));
}
