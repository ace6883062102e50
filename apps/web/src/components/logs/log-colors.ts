/**
 * The log view's colours on its dark background: the 16 ANSI colours (tuned to read on it, as
 * terminal themes do), a colour per source so lines of different tasks and nodes tell apart at a
 * glance, and one per JSON log level.
 */
import type { LogLevel } from "./model/json-line";

const ANSI_16 = [
  "#3f4451", "#f87171", "#4ade80", "#facc15", "#60a5fa", "#e879f9", "#22d3ee", "#cbd5e1",
  "#64748b", "#fca5a5", "#86efac", "#fde047", "#93c5fd", "#f0abfc", "#67e8f9", "#f8fafc",
];

/** A CSS colour for an SGR colour: a palette index 0-15, or already a CSS colour. */
export function ansiColor(colour: string | number): string {
  return typeof colour === "number" ? (ANSI_16[colour] ?? "inherit") : colour;
}

const SOURCE_COLORS = ["#7dd3fc", "#86efac", "#fcd34d", "#f0abfc", "#fdba74", "#a5b4fc", "#5eead4", "#fda4af", "#bef264", "#c4b5fd"];

export function sourceColor(index: number): string {
  return SOURCE_COLORS[index % SOURCE_COLORS.length] ?? "#cbd5e1";
}

export const LEVEL_CLASSES: Record<LogLevel, string> = {
  error: "bg-red-500/15 text-red-300 ring-red-500/40",
  warn: "bg-amber-400/15 text-amber-200 ring-amber-400/40",
  info: "bg-sky-400/10 text-sky-200 ring-sky-400/30",
  debug: "bg-slate-500/10 text-slate-400 ring-slate-500/30",
};

export const UNKNOWN_LEVEL_CLASS = "bg-slate-500/10 text-slate-300 ring-slate-500/30";
