/** An API token just created: the token itself, shown this once, and how a script sends it. */
import { CodeBlock, CopyButton, formatDateTime } from "@wheelhouse/ui";
import { TriangleAlert } from "lucide-react";
import type { CreatedApiToken } from "./account-rows";

export function TokenCreated({ created }: { created: CreatedApiToken }) {
  const example = `curl -H "Authorization: Bearer ${created.token}" ${created.exampleUrl}`;
  return (
    <div className="space-y-4 text-sm text-fg">
      <div>
        <p className="mb-1.5 font-medium">Your new token {created.name}</p>
        <div className="flex items-center gap-2 rounded-md border border-line-strong bg-surface-muted px-3 py-2">
          <code className="min-w-0 flex-1 font-mono text-[0.8125rem] break-all" data-testid="new-api-token">
            {created.token}
          </code>
          <CopyButton value={created.token} label="Copy token" />
        </div>
      </div>
      <div role="note" className="flex items-start gap-2 rounded-md border border-warning-line bg-warning-soft px-3 py-2 text-warning-fg">
        <TriangleAlert className="mt-0.5 size-4 shrink-0" aria-hidden />
        <span>This is the only time the token is shown: Wheelhouse keeps only a hash of it. Copy it into your script&apos;s secret store now.</span>
      </div>
      <div>
        <p className="mb-1.5">Send it as a Bearer token on the API, for example:</p>
        <CodeBlock code={example} wrap />
      </div>
      <p className="text-fg-muted">
        {created.expiresAt ? `It works until ${formatDateTime(created.expiresAt.getTime())}` : "It never expires"}, or until you revoke it or your account is disabled.
      </p>
    </div>
  );
}
