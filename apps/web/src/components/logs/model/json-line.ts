/**
 * Structured log lines: a line that is one JSON object (as pino, zap, logrus, bunyan, structlog
 * and most JSON loggers write) is shown as its level, its message and its other fields, which the
 * view can filter by.
 */

export type LogLevel = "error" | "warn" | "info" | "debug";

export interface JsonField {
  key: string;
  /** As shown and as filtered by: strings bare, anything else as compact JSON. */
  value: string;
}

export interface JsonLine {
  level?: LogLevel;
  /** The level as the line spelled it (ERROR, warning, 50). */
  levelText?: string;
  message?: string;
  /** Every field but the level and the message, in the line's order; nested objects flattened with dots. */
  fields: JsonField[];
}

const LEVEL_KEYS = ["level", "lvl", "severity", "levelname", "log.level", "loglevel"];
const MESSAGE_KEYS = ["msg", "message", "@message", "log", "event"];

const LEVEL_WORDS: Record<string, LogLevel> = {
  fatal: "error",
  panic: "error",
  critical: "error",
  crit: "error",
  emerg: "error",
  alert: "error",
  error: "error",
  err: "error",
  warn: "warn",
  warning: "warn",
  notice: "info",
  info: "info",
  information: "info",
  debug: "debug",
  trace: "debug",
  verbose: "debug",
};

/** The line as a structured entry, or undefined when it is not one JSON object. */
export function parseJsonLine(text: string): JsonLine | undefined {
  const trimmed = text.trim();
  if (trimmed.length < 2 || trimmed[0] !== "{" || trimmed[trimmed.length - 1] !== "}") return undefined;
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch {
    return undefined;
  }
  // An empty object says nothing as fields: shown as it is written.
  if (!isRecord(value) || Object.keys(value).length === 0) return undefined;
  const flat = flatten(value);
  const levelKey = LEVEL_KEYS.find((key) => flat.has(key));
  const messageKey = MESSAGE_KEYS.find((key) => typeof flat.get(key) === "string");
  const entry: JsonLine = { fields: [] };
  if (levelKey !== undefined) {
    const raw = flat.get(levelKey);
    entry.levelText = String(raw);
    entry.level = levelOf(raw);
  }
  if (messageKey !== undefined) entry.message = flat.get(messageKey) as string;
  for (const [key, field] of flat) {
    if (key !== levelKey && key !== messageKey) entry.fields.push({ key, value: fieldText(field) });
  }
  return entry;
}

/** String levels by name; numbers as pino and bunyan number them (10 trace ... 60 fatal). */
function levelOf(raw: unknown): LogLevel | undefined {
  if (typeof raw === "number") return raw >= 50 ? "error" : raw >= 40 ? "warn" : raw >= 30 ? "info" : "debug";
  if (typeof raw === "string") return LEVEL_WORDS[raw.toLowerCase()];
  return undefined;
}

/** The key a level filter uses: the level is not among the fields, whatever the line called it. */
export const LEVEL_KEY = "level";

/** What a filter on the key compares with: the level as written, or a field's shown value. */
export function fieldValue(line: JsonLine, key: string): string | undefined {
  if (key === LEVEL_KEY) return line.levelText;
  return line.fields.find((field) => field.key === key)?.value;
}

export function fieldText(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** One level of nesting is spread into dotted keys (log.level, http.status); deeper stays JSON. */
function flatten(record: Record<string, unknown>): Map<string, unknown> {
  const flat = new Map<string, unknown>();
  for (const [key, value] of Object.entries(record)) {
    if (isRecord(value) && Object.keys(value).length > 0) {
      for (const [inner, innerValue] of Object.entries(value)) flat.set(`${key}.${inner}`, innerValue);
    } else {
      flat.set(key, value);
    }
  }
  return flat;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
