/**
 * The host's cumulative network and disk byte counters, from the kernel. Only physical devices
 * count: container traffic also crosses docker0 and a veth, and a partition's or a device-mapper
 * volume's bytes are already in its disk's, so summing everything would count bytes two or three times.
 */
import { access, readFile, readlink } from "node:fs/promises";

export interface HostIoCounters {
  netRx: number;
  netTx: number;
  diskRead: number;
  diskWrite: number;
}

// The kernel's unit in /proc/diskstats, whatever the device's sector size.
const SECTOR_BYTES = 512;

export function createHostIoReader(): { read(): Promise<HostIoCounters> } {
  // Whether a device is physical does not change while it exists; veths come and go, so the
  // caches keep only names seen in the latest read.
  let physicalInterfaces = new Map<string, boolean>();
  let physicalDisks = new Map<string, boolean>();

  async function keepPhysical(names: string[], known: Map<string, boolean>, isPhysical: (name: string) => Promise<boolean>) {
    const next = new Map<string, boolean>();
    await Promise.all(names.map(async (name) => next.set(name, known.get(name) ?? (await isPhysical(name)))));
    return next;
  }

  return {
    async read() {
      const [netDev, diskStats] = await Promise.all([readFile("/proc/net/dev", "utf8"), readFile("/proc/diskstats", "utf8")]);
      const interfaces = parseNetDev(netDev);
      const disks = parseDiskStats(diskStats);
      physicalInterfaces = await keepPhysical([...interfaces.keys()], physicalInterfaces, isPhysicalInterface);
      physicalDisks = await keepPhysical([...disks.keys()], physicalDisks, isPhysicalDisk);
      const counters = { netRx: 0, netTx: 0, diskRead: 0, diskWrite: 0 };
      for (const [name, { rx, tx }] of interfaces) {
        if (!physicalInterfaces.get(name)) continue;
        counters.netRx += rx;
        counters.netTx += tx;
      }
      for (const [name, { read, write }] of disks) {
        if (!physicalDisks.get(name)) continue;
        counters.diskRead += read;
        counters.diskWrite += write;
      }
      return counters;
    },
  };
}

// "  eth0: 1234 5 0 0 0 0 0 0 5678 ..." : received bytes first, transmitted bytes ninth.
export function parseNetDev(text: string): Map<string, { rx: number; tx: number }> {
  const result = new Map<string, { rx: number; tx: number }>();
  for (const line of text.split("\n").slice(2)) {
    const [name, fields] = line.split(":");
    if (fields === undefined || name === undefined) continue;
    const numbers = fields.trim().split(/\s+/).map(Number);
    result.set(name.trim(), { rx: numbers[0] ?? 0, tx: numbers[8] ?? 0 });
  }
  return result;
}

// "major minor name reads merged sectors-read ms writes merged sectors-written ...".
export function parseDiskStats(text: string): Map<string, { read: number; write: number }> {
  const result = new Map<string, { read: number; write: number }>();
  for (const line of text.split("\n")) {
    const fields = line.trim().split(/\s+/);
    const name = fields[2];
    if (!name || fields.length < 10) continue;
    result.set(name, { read: Number(fields[5]) * SECTOR_BYTES, write: Number(fields[9]) * SECTOR_BYTES });
  }
  return result;
}

// Virtual interfaces (lo, bridges, veths, tunnels) live under /sys/devices/virtual/net.
async function isPhysicalInterface(name: string): Promise<boolean> {
  const target = await readlink(`/sys/class/net/${name}`).catch(() => "/virtual/");
  return !target.includes("/virtual/");
}

// Whole disks backed by hardware have a device link; partitions are not in /sys/block, and loop,
// zram and device-mapper devices have no device link.
async function isPhysicalDisk(name: string): Promise<boolean> {
  return access(`/sys/block/${name}/device`).then(
    () => true,
    () => false,
  );
}
