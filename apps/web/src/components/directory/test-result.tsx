/** What "Test connection" found: each step with its outcome, then the sample user and their groups. */
import { CircleCheck, CircleX } from "lucide-react";
import type { ReactNode } from "react";
import type { DirectoryTestResult } from "./directory-types";

function Found({ label, mono, children }: { label: string; mono?: boolean; children: ReactNode }) {
  return (
    <div>
      <dt className="text-xs text-fg-subtle">{label}</dt>
      <dd className={`mt-0.5 break-all text-fg ${mono ? "font-mono text-[0.8125rem]" : "text-sm"}`}>{children ?? "—"}</dd>
    </div>
  );
}

export function TestResult({ result }: { result: DirectoryTestResult }) {
  const { user } = result;
  return (
    <div role="status" className={`rounded-md border p-3 ${result.ok ? "border-success-line bg-success-soft" : "border-danger-line bg-danger-soft"}`}>
      <ol className="space-y-1.5 text-sm">
        {result.steps.map((step, index) => (
          <li key={index} className={`flex items-start gap-2 ${step.ok ? "text-success-fg" : "text-danger-fg"}`}>
            {step.ok ? <CircleCheck className="mt-0.5 size-4 shrink-0" aria-label="Passed" /> : <CircleX className="mt-0.5 size-4 shrink-0" aria-label="Failed" />}
            <span className="min-w-0 break-words">{step.text}</span>
          </li>
        ))}
      </ol>
      {user && (
        <dl className="mt-3 space-y-2.5 rounded-md bg-surface p-3">
          <Found label="DN" mono>
            {user.dn}
          </Found>
          <Found label="Username" mono>
            {user.username}
          </Found>
          <Found label="Display name">{user.displayName}</Found>
          <Found label="Email">{user.email}</Found>
          <Found label="Groups" mono>
            {user.groupDns.length === 0 ? null : (
              <ul className="space-y-0.5">
                {user.groupDns.map((dn) => (
                  <li key={dn}>{dn}</li>
                ))}
              </ul>
            )}
          </Found>
        </dl>
      )}
    </div>
  );
}
