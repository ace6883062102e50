/** The administrator flag, with what it means, for the create and edit user forms. */
export function AdminCheckbox({ checked, onChange, disabled, hint }: { checked: boolean; onChange: (checked: boolean) => void; disabled?: boolean; hint?: string }) {
  return (
    <label className="flex items-start gap-2.5 text-sm">
      <input type="checkbox" className="mt-0.5 size-4 shrink-0 accent-accent-600" checked={checked} disabled={disabled} onChange={(e) => onChange(e.target.checked)} />
      <span>
        <span className="font-medium text-fg">Administrator</span>
        <span className="block text-xs text-fg-muted">{hint ?? "Manages users, teams, roles, grants and nodes, and reaches every resource. Most people need grants instead."}</span>
      </span>
    </label>
  );
}
