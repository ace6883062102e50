/** Above the events: filter by type and action, pause and resume, clear, and how many are shown. */
import { Button, pluralize } from "@wheelhouse/ui";
import { Eraser, Pause, Play } from "lucide-react";

export interface EventFilter {
  type: string;
  action: string;
}

interface EventLogToolbarProps {
  filter: EventFilter;
  onFilter: (filter: EventFilter) => void;
  types: readonly string[];
  shown: number;
  total: number;
  paused: boolean;
  waiting: number;
  onPause: (paused: boolean) => void;
  onClear: () => void;
}

const fieldClasses = "h-8 rounded-md border border-line-strong bg-surface px-2.5 text-sm text-fg shadow-xs focus:border-accent-600 focus:outline-2 focus:outline-offset-0 focus:outline-accent-600/30";

export function EventLogToolbar({ filter, onFilter, types, shown, total, paused, waiting, onPause, onClear }: EventLogToolbarProps) {
  return (
    <div className="flex flex-wrap items-center gap-2 border-b border-line px-4 py-3">
      <label className="sr-only" htmlFor="event-type">
        Type
      </label>
      <select id="event-type" className={fieldClasses} value={filter.type} onChange={(e) => onFilter({ ...filter, type: e.target.value })}>
        <option value="">All types</option>
        {types.map((type) => (
          <option key={type} value={type}>
            {type}
          </option>
        ))}
      </select>
      <label className="sr-only" htmlFor="event-action">
        Action
      </label>
      <input
        id="event-action"
        type="search"
        className={`${fieldClasses} w-56`}
        placeholder="Filter by action (start, die…)"
        value={filter.action}
        onChange={(e) => onFilter({ ...filter, action: e.target.value })}
      />
      <span className="text-sm text-fg-muted">
        {shown === total ? pluralize(total, "event") : `${shown} of ${pluralize(total, "event")}`}
        {paused && waiting > 0 && `, ${waiting} more waiting`}
      </span>
      <span className="ml-auto flex gap-2">
        <Button size="sm" icon={<Eraser />} onClick={onClear} disabled={total === 0}>
          Clear
        </Button>
        <Button size="sm" variant={paused ? "primary" : "secondary"} icon={paused ? <Play /> : <Pause />} onClick={() => onPause(!paused)}>
          {paused ? "Resume" : "Pause"}
        </Button>
      </span>
    </div>
  );
}
