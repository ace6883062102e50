/** The fields of a new join token: what it is for, how long it lasts, and how many hosts may use it. */
import { FormError } from "@/components/form-error";
import { SelectField } from "@/components/select-field";
import { TextField } from "@/components/text-field";

export interface JoinTokenChoice {
  label: string;
  expiresInMinutes: number;
  singleUse: boolean;
}

export const DEFAULT_CHOICE: JoinTokenChoice = { label: "", expiresInMinutes: 60, singleUse: true };

const EXPIRIES = [
  { value: 60, label: "1 hour" },
  { value: 24 * 60, label: "1 day" },
  { value: 7 * 24 * 60, label: "7 days" },
];

const USES = [
  { singleUse: true, label: "Single use", hint: "Enrolls one host; spent as soon as its agent joins." },
  { singleUse: false, label: "Multi use", hint: "Enrolls any number of hosts until it expires or is revoked." },
];

interface Props {
  id: string;
  choice: JoinTokenChoice;
  onChange: (choice: JoinTokenChoice) => void;
  onSubmit: () => void;
  error: string | null;
}

export function JoinTokenForm({ id, choice, onChange, onSubmit, error }: Props) {
  const set = (patch: Partial<JoinTokenChoice>) => onChange({ ...choice, ...patch });
  return (
    <form
      id={id}
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <FormError message={error} />
      <TextField
        label="Label"
        autoFocus
        required
        maxLength={80}
        value={choice.label}
        onChange={(e) => set({ label: e.target.value })}
        placeholder="e.g. rack 3 workers"
        hint="What the token is for; shown in the list of join tokens."
      />
      <SelectField label="Expires after" options={EXPIRIES} value={choice.expiresInMinutes} onChange={(e) => set({ expiresInMinutes: Number(e.target.value) })} />
      <fieldset className="space-y-2.5">
        <legend className="mb-1.5 text-sm font-medium text-fg">Use</legend>
        {USES.map((use) => (
          <label key={use.label} className="flex items-start gap-2.5 text-sm">
            <input type="radio" name={`${id}-use`} className="mt-0.5 size-4 shrink-0 accent-accent-600" checked={choice.singleUse === use.singleUse} onChange={() => set({ singleUse: use.singleUse })} />
            <span>
              <span className="font-medium text-fg">{use.label}</span>
              <span className="block text-fg-muted">{use.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
    </form>
  );
}
