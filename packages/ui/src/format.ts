/**
 * Display formatting shared by every screen: sizes, times, ids, ports, counts. Pure functions,
 * English output, no locale surprises between the server render and the browser.
 */

const BYTE_UNITS = ["B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"] as const;
const PLACEHOLDER = "—";

/** Binary units with one decimal ("1.9 MiB"); whole bytes below 1 KiB ("512 B"). */
export function formatBytes(bytes: number, decimals = 1): string {
  if (!Number.isFinite(bytes)) return PLACEHOLDER;
  const sign = bytes < 0 ? "-" : "";
  let value = Math.abs(bytes);
  if (value < 1024) return `${sign}${Math.round(value)} B`;
  let unit = 0;
  while (value >= 1024 && unit < BYTE_UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  // 1023.97 KiB rounds to "1024.0 KiB"; show it as the next unit instead.
  if (Number(value.toFixed(decimals)) >= 1024 && unit < BYTE_UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${sign}${value.toFixed(decimals)} ${BYTE_UNITS[unit]}`;
}

const RELATIVE_STEPS: ReadonlyArray<readonly [Intl.RelativeTimeFormatUnit, number]> = [
  ["second", 60],
  ["minute", 60],
  ["hour", 24],
  ["day", 30],
  ["month", 12],
  ["year", Number.POSITIVE_INFINITY],
];
const relativeFormat = new Intl.RelativeTimeFormat("en", { numeric: "always" });

/** "3 minutes ago", "in 2 hours", "just now"; `ms` and `now` are epoch milliseconds. */
export function formatRelativeTime(ms: number, now: number = Date.now()): string {
  if (!Number.isFinite(ms)) return PLACEHOLDER;
  const diffSeconds = (ms - now) / 1000;
  if (Math.abs(diffSeconds) < 45) return "just now";
  let amount = Math.abs(diffSeconds);
  for (const [unit, size] of RELATIVE_STEPS) {
    if (amount < size) {
      // Floor, like `docker ps`: a container made 119 seconds ago was made "1 minute ago".
      const whole = Math.max(1, Math.floor(amount));
      return relativeFormat.format(diffSeconds < 0 ? -whole : whole, unit);
    }
    amount /= size;
  }
  return PLACEHOLDER;
}

export interface DateTimeOptions {
  /** IANA zone; defaults to the runtime's own. */
  timeZone?: string;
}

/** "2025-11-23 09:21:05": sortable, unambiguous, 24-hour, in the viewer's (or the given) zone. */
export function formatDateTime(ms: number, options: DateTimeOptions = {}): string {
  if (!Number.isFinite(ms)) return PLACEHOLDER;
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: options.timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
  }).formatToParts(new Date(ms));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")} ${part("hour")}:${part("minute")}:${part("second")}`;
}

/** The 12-character id Docker's CLI shows, without an algorithm prefix such as "sha256:". */
export function shortId(id: string): string {
  const colon = id.indexOf(":");
  return (colon === -1 ? id : id.slice(colon + 1)).slice(0, 12);
}

/** Structurally the protocol's PortBinding, so this package needs no protocol dependency. */
export interface PortBindingLike {
  privatePort: number;
  publicPort?: number | undefined;
  ip?: string | undefined;
  type: string;
}

/** "0.0.0.0:8080→80/tcp", "[::]:8080→80/tcp", or "80/tcp" for an exposed but unpublished port. */
export function formatPort(port: PortBindingLike): string {
  const target = `${port.privatePort}/${port.type}`;
  if (port.publicPort === undefined) return target;
  const host = port.ip ? (port.ip.includes(":") ? `[${port.ip}]:` : `${port.ip}:`) : "";
  return `${host}${port.publicPort}→${target}`;
}

const ANY_ADDRESS = new Set(["0.0.0.0", "::"]);

/**
 * Every binding, in engine order, without the duplicates the Engine API reports. A port published on
 * both wildcard addresses (IPv4 and IPv6, Docker's default) is one binding to a reader: "8080→80/tcp".
 */
export function formatPorts(ports: readonly PortBindingLike[], separator = ", "): string {
  const onAnyAddress = (port: PortBindingLike) => port.ip !== undefined && ANY_ADDRESS.has(port.ip);
  const shown = ports.map((port) => (onAnyAddress(port) ? formatPort({ ...port, ip: undefined }) : formatPort(port)));
  return [...new Set(shown)].join(separator);
}

/** "1 container", "3 containers", "2 replicas"; irregular plurals are passed in. */
export function pluralize(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString("en-US")} ${count === 1 ? singular : plural}`;
}
