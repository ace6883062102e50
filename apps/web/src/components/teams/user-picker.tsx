"use client";
/** Picking users to add to a team: a filterable list of everyone not in it yet, with a checkbox each. */
import { useQuery } from "@tanstack/react-query";
import { ErrorState, LoadingState } from "@wheelhouse/ui";
import { useState } from "react";
import { errorMessage } from "@/lib/errors";
import { useTRPC } from "@/lib/trpc";

interface Props {
  /** Users already in the team, left out of the list. */
  excluded: ReadonlySet<string>;
  picked: ReadonlySet<string>;
  onChange: (picked: Set<string>) => void;
}

export function UserPicker({ excluded, picked, onChange }: Props) {
  const trpc = useTRPC();
  const users = useQuery(trpc.users.list.queryOptions());
  const [filter, setFilter] = useState("");
  if (users.isPending) return <LoadingState label="Loading users…" className="py-8" />;
  if (users.error) return <ErrorState message={errorMessage(users.error)} onRetry={() => void users.refetch()} className="py-8" />;
  const candidates = users.data.filter((u) => !excluded.has(u.id));
  const needle = filter.trim().toLowerCase();
  const shown = candidates.filter((u) => `${u.username} ${u.displayName ?? ""} ${u.email ?? ""}`.toLowerCase().includes(needle));
  const toggle = (id: string) => {
    const next = new Set(picked);
    if (!next.delete(id)) next.add(id);
    onChange(next);
  };
  if (candidates.length === 0) return <p className="py-6 text-center text-sm text-fg-muted">Every user is in this team already.</p>;
  return (
    <div className="space-y-3">
      <input
        type="search"
        aria-label="Filter users"
        placeholder="Filter by name or email"
        data-autofocus
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
        className="block h-9 w-full rounded-md border border-line-strong bg-surface px-3 text-sm text-fg shadow-xs placeholder:text-fg-subtle focus:border-accent-600 focus:outline-2 focus:outline-offset-0 focus:outline-accent-600/30"
      />
      <ul className="max-h-72 divide-y divide-line overflow-y-auto rounded-md border border-line">
        {shown.map((u) => (
          <li key={u.id}>
            <label className="flex cursor-pointer items-center gap-3 px-3 py-2 text-sm hover:bg-surface-muted">
              <input type="checkbox" className="size-4 shrink-0 accent-accent-600" checked={picked.has(u.id)} onChange={() => toggle(u.id)} />
              <span className="min-w-0">
                <span className="font-medium text-fg">{u.username}</span>
                {u.disabled && <span className="ml-1.5 text-xs text-fg-subtle">(disabled)</span>}
                <span className="block truncate text-xs text-fg-subtle">{[u.displayName, u.email].filter(Boolean).join(" · ") || (u.source === "ldap" ? "Directory user" : "Local user")}</span>
              </span>
            </label>
          </li>
        ))}
        {shown.length === 0 && <li className="px-3 py-6 text-center text-sm text-fg-muted">No user matches “{filter}”.</li>}
      </ul>
      <p className="text-xs text-fg-muted">{picked.size === 0 ? "Pick one or more users." : `${picked.size} picked.`}</p>
    </div>
  );
}
