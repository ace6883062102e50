"use client";
/** Choosing a role's permissions: one checkbox per permission, grouped by area, each area selectable at once. */
import type { PermissionArea } from "./role-rows";

interface PermissionCheckboxesProps {
  catalogue: readonly PermissionArea[];
  selected: ReadonlySet<string>;
  onChange: (selected: Set<string>) => void;
}

export function PermissionCheckboxes({ catalogue, selected, onChange }: PermissionCheckboxesProps) {
  const toggle = (names: readonly string[], on: boolean) => {
    const next = new Set(selected);
    for (const name of names) {
      if (on) next.add(name);
      else next.delete(name);
    }
    onChange(next);
  };

  return (
    <div className="grid items-start gap-x-6 gap-y-4 sm:grid-cols-2">
      {catalogue.map((area) => {
        const names = area.permissions.map((p) => p.name);
        const held = names.filter((n) => selected.has(n)).length;
        return (
          <fieldset key={area.area} className="rounded-md border border-line p-3">
            <legend className="px-1">
              <label className="flex items-center gap-2 text-sm font-medium text-fg">
                <input
                  type="checkbox"
                  className="size-4 accent-accent-600"
                  checked={held === names.length}
                  ref={(box) => {
                    if (box) box.indeterminate = held > 0 && held < names.length;
                  }}
                  onChange={(e) => toggle(names, e.target.checked)}
                />
                {area.label}
              </label>
            </legend>
            <ul className="space-y-1.5">
              {area.permissions.map((permission) => (
                <li key={permission.name}>
                  <label className="flex items-start gap-2 text-sm">
                    <input type="checkbox" className="mt-0.5 size-4 shrink-0 accent-accent-600" checked={selected.has(permission.name)} onChange={(e) => toggle([permission.name], e.target.checked)} />
                    <span>
                      <span className="font-mono text-xs text-fg">{permission.name}</span>
                      <span className="block text-xs text-fg-muted">{permission.description}</span>
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        );
      })}
    </div>
  );
}
