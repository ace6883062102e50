/** The spec as YAML text: the same spec the form edits, for those who would rather type it. */
import { inputClasses } from "./fields/input-classes";

export function YamlEditor({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  return (
    <div className="rounded-lg border border-line bg-surface p-5 shadow-card">
      <label htmlFor="service-yaml" className="block text-sm font-medium text-fg">
        Service spec (YAML)
      </label>
      <p className="mt-0.5 mb-3 text-xs text-fg-muted">
        The fields the form shows, by the same names. Checked as you type; switch back to the form at any time it reads.
      </p>
      <textarea
        id="service-yaml"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        spellCheck={false}
        autoCapitalize="off"
        autoCorrect="off"
        rows={28}
        className={`${inputClasses} py-3 font-mono text-[0.8125rem] leading-relaxed`}
      />
    </div>
  );
}
