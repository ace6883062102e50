/** What "Test connection" found: each step with its outcome, then the sample user and their groups. */
import { KeyValueList } from "@wheelhouse/ui";
import { CircleCheck, CircleX } from "lucide-react";
import type { DirectoryTestResult } from "./directory-types";

export function TestResult({ result }: { result: DirectoryTestResult }) {
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
      {result.user && (
        <KeyValueList
          className="mt-3 rounded-md bg-surface px-3"
          items={[
            { label: "DN", value: result.user.dn, mono: true },
            { label: "Username", value: result.user.username, mono: true },
            { label: "Display name", value: result.user.displayName },
            { label: "Email", value: result.user.email },
            {
              label: "Groups",
              value:
                result.user.groupDns.length === 0 ? null : (
                  <ul className="space-y-0.5 font-mono text-[0.8125rem]">
                    {result.user.groupDns.map((dn) => (
                      <li key={dn}>{dn}</li>
                    ))}
                  </ul>
                ),
            },
          ]}
        />
      )}
    </div>
  );
}
