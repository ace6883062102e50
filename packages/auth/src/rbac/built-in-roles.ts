/**
 * The built-in roles, from least to most: each holds everything the one before it does. The
 * system Admin is not among them: it is a flag on the user and reaches everything.
 */
import { PERMISSION_NAMES, type Permission } from "./permissions.ts";

const VIEW_ONLY: Permission[] = PERMISSION_NAMES.filter((p) => p.endsWith(".view") || p === "logs.read");

const RESTRICTED_CONTROL: Permission[] = [
  ...VIEW_ONLY,
  "container.operate",
  "container.remove",
  "image.remove",
  "volume.remove",
  "network.remove",
  "service.create",
  "service.update",
  "service.remove",
  "stack.deploy",
  "stack.remove",
  "secret.create",
  "secret.remove",
  "config.create",
  "config.remove",
];

const SCHEDULER: Permission[] = [...RESTRICTED_CONTROL, "node.schedule"];

// Everything but handing out access, which custom roles may add.
const FULL_CONTROL: Permission[] = PERMISSION_NAMES.filter((p) => p !== "grant.manage");

export interface BuiltInRole {
  name: string;
  description: string;
  permissions: readonly Permission[];
}

export const BUILT_IN_ROLES: readonly BuiltInRole[] = [
  { name: "View Only", description: "See resources and read logs; change nothing.", permissions: VIEW_ONLY },
  {
    name: "Restricted Control",
    description: "Operate containers, services, stacks, secrets and configs, without terminals or host access (no privileged, host mounts, host network or added capabilities).",
    permissions: RESTRICTED_CONTROL,
  },
  { name: "Scheduler", description: "Restricted Control, and manage swarm nodes: labels, availability, role.", permissions: SCHEDULER },
  { name: "Full Control", description: "Everything on the resources, including terminals, host access, pruning and swarm membership.", permissions: FULL_CONTROL },
];
