"use client";
/**
 * The audit page's filters. Choices apply at once; typed text applies after a short pause, so the
 * table does not reload on every keystroke. Suggestions come from the actions and users seen.
 */
import { Button } from "@wheelhouse/ui";
import { X } from "lucide-react";
import { useEffect, useId, useState } from "react";
import { SelectField } from "@/components/select-field";
import { TextField } from "@/components/text-field";
import { isFiltered, NO_FILTER, TIME_RANGES, type AuditFilterState, type TimeRange } from "./audit-filter-state";

const TYPING_PAUSE_MS = 350;
const OUTCOMES = [
  { value: "", label: "Any outcome" },
  { value: "allowed", label: "Allowed" },
  { value: "denied", label: "Denied" },
  { value: "failed", label: "Failed" },
];

interface AuditFilterBarProps {
  value: AuditFilterState;
  onChange: (next: AuditFilterState) => void;
  actions: readonly string[];
  usernames: readonly string[];
}

/** "services.scale" and "services.remove" -> "services." first ("all of services"), then each action. */
function actionOptions(actions: readonly string[]) {
  const domains = [...new Set(actions.filter((a) => a.includes(".")).map((a) => a.slice(0, a.indexOf(".") + 1)))];
  return [
    { value: "", label: "Any action" },
    ...domains.flatMap((domain) => [
      { value: domain, label: `${domain}* (all)` },
      ...actions.filter((a) => a.startsWith(domain)).map((a) => ({ value: a, label: `\u00a0\u00a0${a}` })),
    ]),
    ...actions.filter((a) => !a.includes(".")).map((a) => ({ value: a, label: a })),
  ];
}

export function AuditFilterBar({ value, onChange, actions, usernames }: AuditFilterBarProps) {
  const usersListId = useId();
  const [text, setText] = useState({ user: value.user, target: value.target });
  useEffect(() => setText({ user: value.user, target: value.target }), [value.user, value.target]);
  useEffect(() => {
    if (text.user === value.user && text.target === value.target) return;
    const timer = setTimeout(() => onChange({ ...value, ...text }), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text, value, onChange]);

  const chooseRange = (range: TimeRange) => onChange({ ...value, range, rangeChosenAt: Date.now() });
  const filtered = isFiltered(value) || value.range !== "any";

  return (
    <form role="search" aria-label="Filter the audit log" onSubmit={(e) => e.preventDefault()} className="mb-4 rounded-lg border border-line bg-surface p-4 shadow-card">
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-[1fr_1.3fr_1.3fr_0.9fr_1fr_auto] lg:items-end">
        <TextField label="User" placeholder="Any user" value={text.user} list={usersListId} autoComplete="off" onChange={(e) => setText({ ...text, user: e.target.value })} />
        <datalist id={usersListId}>
          {usernames.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
        <SelectField label="Action" value={value.action} options={actionOptions(actions)} onChange={(e) => onChange({ ...value, action: e.target.value })} />
        <TextField label="Target" placeholder="ID or name, e.g. web" mono value={text.target} onChange={(e) => setText({ ...text, target: e.target.value })} />
        <SelectField label="Outcome" value={value.outcome} options={OUTCOMES} onChange={(e) => onChange({ ...value, outcome: e.target.value as AuditFilterState["outcome"] })} />
        <SelectField label="Time" value={value.range} options={TIME_RANGES} onChange={(e) => chooseRange(e.target.value as TimeRange)} />
        <Button variant="ghost" disabled={!filtered} onClick={() => onChange(NO_FILTER)}>
          <X aria-hidden="true" /> Clear
        </Button>
      </div>
      {value.range === "custom" && (
        <div className="mt-3 grid grid-cols-1 gap-3 sm:grid-cols-2 lg:max-w-xl">
          <TextField label="From" type="datetime-local" value={value.customFrom} onChange={(e) => onChange({ ...value, customFrom: e.target.value })} />
          <TextField label="To" type="datetime-local" value={value.customTo} onChange={(e) => onChange({ ...value, customTo: e.target.value })} />
        </div>
      )}
    </form>
  );
}
