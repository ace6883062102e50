"use client";
/**
 * The settings row of a log view: how much history (tail, time range), whether to follow, which
 * streams, and how lines are drawn (timestamps, JSON as fields). Changing what is asked of the
 * server opens the stream again; how lines are drawn changes in place.
 */
import { LOG_STREAMS, type LogStream } from "@wheelhouse/protocol";
import { Braces, Clock, Pause, Play } from "lucide-react";
import type { ReactNode } from "react";
import { fieldClasses, ToolButton, ToolSelect } from "./log-controls";
import { localInputToRfc3339, rfc3339ToLocalInput, withRange, type LogSettings, type RangeChoice } from "./log-settings";

const TAILS = [
  { value: "100", label: "100" },
  { value: "1000", label: "1,000" },
  { value: "10000", label: "10,000" },
  { value: "100000", label: "100,000" },
  { value: "all", label: "All" },
];

const RANGES: { value: RangeChoice; label: string }[] = [
  { value: "any", label: "Any time" },
  { value: "5m", label: "Last 5 minutes" },
  { value: "15m", label: "Last 15 minutes" },
  { value: "1h", label: "Last hour" },
  { value: "24h", label: "Last 24 hours" },
  { value: "custom", label: "Between…" },
];

export interface LogDisplay {
  timestamps: boolean;
  structured: boolean;
}

interface LogToolbarProps {
  settings: LogSettings;
  onSettingsChange: (settings: LogSettings) => void;
  display: LogDisplay;
  onDisplayChange: (display: LogDisplay) => void;
  /** More controls at the end (download). */
  children?: ReactNode;
}

export function LogToolbar({ settings, onSettingsChange, display, onDisplayChange, children }: LogToolbarProps) {
  const change = (patch: Partial<LogSettings>) => onSettingsChange({ ...settings, ...patch });
  const toggleStream = (stream: LogStream) => {
    const streams = settings.streams.includes(stream) ? settings.streams.filter((s) => s !== stream) : [...settings.streams, stream];
    if (streams.length > 0) change({ streams: LOG_STREAMS.filter((s) => streams.includes(s)) });
  };
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1.5">
      <ToolSelect
        label="Tail"
        value={settings.tail === null ? "all" : String(settings.tail)}
        onChange={(event) => change({ tail: event.target.value === "all" ? null : Number(event.target.value) })}
        options={TAILS}
      />
      <ToolSelect label="Range" value={settings.range} onChange={(event) => onSettingsChange(withRange(settings, event.target.value as RangeChoice))} options={RANGES} />
      {settings.range === "custom" && (
        <span className="inline-flex items-center gap-1.5 text-xs text-slate-400">
          <TimeBound label="Since" value={settings.since} onChange={(since) => change({ since })} />
          to
          <TimeBound label="Until" value={settings.until} onChange={(until) => change({ until })} />
        </span>
      )}
      <span className="inline-flex gap-1" role="group" aria-label="Streams">
        {LOG_STREAMS.map((stream) => (
          <ToolButton key={stream} pressed={settings.streams.includes(stream)} onClick={() => toggleStream(stream)} title={`Show ${stream}`}>
            <span aria-hidden="true" className={stream === "stderr" ? "size-1.5 rounded-full bg-rose-400" : "size-1.5 rounded-full bg-slate-400"} />
            {stream}
          </ToolButton>
        ))}
      </span>
      <ToolButton pressed={settings.follow} onClick={() => change({ follow: !settings.follow })} icon={settings.follow ? <Pause /> : <Play />} title="Keep reading new lines as they are written">
        Follow
      </ToolButton>
      <span className="ml-auto inline-flex gap-1">
        <ToolButton pressed={display.timestamps} onClick={() => onDisplayChange({ ...display, timestamps: !display.timestamps })} icon={<Clock />} title="Show timestamps">
          Time
        </ToolButton>
        <ToolButton pressed={display.structured} onClick={() => onDisplayChange({ ...display, structured: !display.structured })} icon={<Braces />} title="Show JSON lines as fields">
          Fields
        </ToolButton>
        {children}
      </span>
    </div>
  );
}

/** One end of a custom range, in the browser's local time. */
function TimeBound({ label, value, onChange }: { label: string; value: string | undefined; onChange: (value: string | undefined) => void }) {
  return (
    <input
      type="datetime-local"
      step="1"
      aria-label={label}
      value={rfc3339ToLocalInput(value)}
      onChange={(event) => onChange(localInputToRfc3339(event.target.value))}
      className={fieldClasses}
    />
  );
}
