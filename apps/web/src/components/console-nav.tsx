/** The console's navigation: global pages, then the current node's own pages. */
import { Box, Boxes, HardDrive, Layers, LayoutDashboard, Network, Server } from "lucide-react";
import type { NavSection } from "@/components/app-shell";

export function consoleNav(node: { id: string; name: string } | undefined): NavSection[] {
  const sections: NavSection[] = [
    {
      items: [
        { href: "/", label: "Dashboard", icon: <LayoutDashboard /> },
        { href: "/nodes", label: "Nodes", icon: <Server /> },
      ],
    },
  ];
  if (node) {
    const base = `/nodes/${node.id}`;
    sections.push({
      label: node.name,
      items: [
        { href: `${base}/containers`, label: "Containers", icon: <Box /> },
        { href: `${base}/images`, label: "Images", icon: <Layers /> },
        { href: `${base}/volumes`, label: "Volumes", icon: <HardDrive /> },
        { href: `${base}/networks`, label: "Networks", icon: <Network /> },
        { href: `${base}/disk`, label: "Disk usage", icon: <Boxes /> },
      ],
    });
  }
  return sections;
}
