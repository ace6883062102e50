"use client";
/** One Docker event as a table row; its attributes open below it on demand. */
import { Badge, shortId, type Tone } from "@wheelhouse/ui";
import { ChevronRight } from "lucide-react";
import type { LoggedEvent } from "@/hooks/use-node-event-log";

const TYPE_TONE: Record<string, Tone> = { container: "accent", image: "info", network: "success", volume: "warning", service: "accent", node: "neutral" };
const ACTION_TONE: Record<string, Tone> = { die: "danger", kill: "danger", oom: "danger", destroy: "danger", delete: "danger", remove: "danger", start: "success", create: "success" };

interface EventRowProps {
  event: LoggedEvent;
  expanded: boolean;
  onToggle: () => void;
}

/** HH:MM:SS.mmm in local time: events come in bursts, and their order within a second matters. */
function clockTime(timeNano: number): string {
  const date = new Date(timeNano / 1e6);
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}.${pad(date.getMilliseconds(), 3)}`;
}

export function EventRow({ event, expanded, onToggle }: EventRowProps) {
  const attributes = Object.entries(event.attributes).sort(([a], [b]) => a.localeCompare(b));
  const name = event.attributes.name;
  // Exec actions carry their command after a colon ("exec_start: sh -c …").
  const [action, ...rest] = event.action.split(": ");
  return (
    <>
      <tr className="border-b border-line last:border-0 hover:bg-surface-hover">
        <td className="py-2 pr-3 pl-4 align-top">
          <button
            type="button"
            aria-expanded={expanded}
            aria-label={expanded ? "Hide attributes" : "Show attributes"}
            disabled={attributes.length === 0}
            onClick={onToggle}
            className="rounded p-0.5 text-fg-subtle hover:text-fg disabled:invisible"
          >
            <ChevronRight className={`size-4 transition-transform ${expanded ? "rotate-90" : ""}`} />
          </button>
        </td>
        <td className="py-2 pr-4 align-top font-mono text-xs whitespace-nowrap text-fg-muted" title={new Date(event.timeNano / 1e6).toISOString()}>
          {clockTime(event.timeNano)}
        </td>
        <td className="py-2 pr-4 align-top">
          <Badge tone={TYPE_TONE[event.type] ?? "neutral"}>{event.type}</Badge>
        </td>
        <td className="py-2 pr-4 align-top">
          <Badge tone={ACTION_TONE[action ?? ""] ?? "neutral"} dot>
            {action}
          </Badge>
          {rest.length > 0 && <span className="ml-2 font-mono text-xs text-fg-muted">{rest.join(": ")}</span>}
        </td>
        <td className="py-2 pr-4 align-top">
          {name && <span className="font-medium text-fg">{name}</span>}
          {event.actorId && <span className="block font-mono text-xs text-fg-subtle">{shortId(event.actorId)}</span>}
          {!name && !event.actorId && <span className="text-fg-subtle">–</span>}
        </td>
      </tr>
      {expanded && (
        <tr className="border-b border-line bg-surface-muted">
          <td />
          <td colSpan={4} className="py-3 pr-4">
            <dl className="grid grid-cols-[minmax(8rem,max-content)_1fr] gap-x-6 gap-y-1 font-mono text-xs">
              {attributes.map(([key, value]) => (
                <div key={key} className="contents">
                  <dt className="text-fg-muted">{key}</dt>
                  <dd className="break-all text-fg">{value}</dd>
                </div>
              ))}
            </dl>
          </td>
        </tr>
      )}
    </>
  );
}
