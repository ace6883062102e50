/** A join token just created: the command to run on the new host, shown this once. */
import { CodeBlock, formatDateTime } from "@wheelhouse/ui";
import { TriangleAlert } from "lucide-react";

interface Props {
  command: string;
  singleUse: boolean;
  expiresAt: Date;
}

export function JoinTokenCreated({ command, singleUse, expiresAt }: Props) {
  return (
    <div className="space-y-4 text-sm text-fg">
      <p>
        On the new host (Node.js 20 and Docker Engine installed, a checkout of Wheelhouse with <code>npm ci</code> done), run as root:
      </p>
      <CodeBlock code={command} wrap />
      <div role="note" className="flex items-start gap-2 rounded-md border border-warning-line bg-warning-soft px-3 py-2 text-warning-fg">
        <TriangleAlert className="mt-0.5 size-4 shrink-0" aria-hidden />
        <span>This command is shown only now: Wheelhouse keeps only a hash of the token. Copy it before you close this window.</span>
      </div>
      <p className="text-fg-muted">
        {singleUse ? "One host can join with it" : "Any number of hosts can join with it"} until {formatDateTime(expiresAt.getTime())}. On first start the agent
        exchanges the token for a credential of its own, kept in <code>/var/lib/wheelhouse-agent</code> (or <code>--state-dir</code>), and needs the token no
        more. The node appears in the list as soon as its agent connects.
      </p>
    </div>
  );
}
