/**
 * The console's navigation: global pages, then the current swarm's pages, then the current node's,
 * then administration for administrators (or just grants, for those who may hand out access).
 */
import {
  Activity,
  Box,
  Boxes,
  FileCog,
  FolderKey,
  Handshake,
  HardDrive,
  KeyRound,
  Layers,
  Logs,
  LayoutDashboard,
  LockKeyhole,
  Network,
  ScrollText,
  Server,
  ServerCog,
  ShieldCheck,
  SquareTerminal,
  UserCog,
  UserRound,
  Users,
  Waypoints,
  Workflow,
} from "lucide-react";
import type { Permission } from "@wheelhouse/api";
import type { NavSection } from "@/components/app-shell";

export function consoleNav(
  node: { id: string; name: string; yourPermissions: readonly string[] } | undefined,
  swarm: { swarmId: string | null; name: string } | undefined,
  options: { isAdmin: boolean; holds: (permission: Permission) => boolean },
): NavSection[] {
  const sections: NavSection[] = [
    {
      items: [
        { href: "/", label: "Dashboard", icon: <LayoutDashboard /> },
        ...(options.holds("node.view") ? [{ href: "/nodes", label: "Nodes", icon: <Server /> }] : []),
        { href: "/account", label: "My account", icon: <UserRound /> },
      ],
    },
  ];
  if (swarm?.swarmId) {
    const base = `/swarms/${swarm.swarmId}`;
    sections.push({
      label: swarm.name,
      items: [
        { href: `${base}/services`, label: "Services", icon: <Workflow /> },
        { href: `${base}/stacks`, label: "Stacks", icon: <Waypoints /> },
        { href: `${base}/nodes`, label: "Swarm nodes", icon: <ServerCog /> },
        { href: `${base}/secrets`, label: "Secrets", icon: <KeyRound /> },
        { href: `${base}/configs`, label: "Configs", icon: <FileCog /> },
      ],
    });
  }
  if (node) {
    const base = `/nodes/${node.id}`;
    const onNode = (permission: Permission) => node.yourPermissions.includes(permission);
    const items = [
      // Containers are labelled objects: a team may see its own on a node it has no other rights on.
      { href: `${base}/containers`, label: "Containers", icon: <Box />, shown: options.holds("container.view") },
      { href: `${base}/metrics`, label: "Metrics", icon: <Activity />, shown: onNode("node.view") },
      { href: `${base}/images`, label: "Images", icon: <Layers />, shown: onNode("image.view") },
      { href: `${base}/volumes`, label: "Volumes", icon: <HardDrive />, shown: onNode("volume.view") },
      { href: `${base}/networks`, label: "Networks", icon: <Network />, shown: onNode("network.view") },
      { href: `${base}/disk`, label: "Disk usage", icon: <Boxes />, shown: onNode("system.view") },
      { href: `${base}/logs`, label: "Logs", icon: <Logs />, shown: options.holds("logs.read") },
      { href: `${base}/events`, label: "Events", icon: <Activity />, shown: onNode("node.view") },
    ];
    const shown = items.filter((item) => item.shown).map(({ shown: _, ...item }) => item);
    if (shown.length > 0) sections.push({ label: node.name, items: shown });
  }
  if (options.isAdmin) {
    sections.push({
      label: "Administration",
      items: [
        { href: "/admin/users", label: "Users", icon: <UserCog /> },
        { href: "/admin/teams", label: "Teams", icon: <Users /> },
        { href: "/admin/roles", label: "Roles", icon: <ShieldCheck /> },
        { href: "/admin/resource-sets", label: "Resource sets", icon: <FolderKey /> },
        { href: "/admin/grants", label: "Grants", icon: <Handshake /> },
        { href: "/admin/terminals", label: "Terminals", icon: <SquareTerminal /> },
        { href: "/admin/audit", label: "Audit log", icon: <ScrollText /> },
        { href: "/admin/authentication", label: "Authentication", icon: <LockKeyhole /> },
      ],
    });
  } else if (options.holds("grant.manage")) {
    // Team leads hand out access on their own sets without administering anything else.
    sections.push({ label: "Access", items: [{ href: "/admin/grants", label: "Grants", icon: <Handshake /> }] });
  }
  return sections;
}
