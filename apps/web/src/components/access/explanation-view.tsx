/** The answer to "may this user do that, there?": yes or no, and the grants behind it or that came close. */
import { Badge } from "@wheelhouse/ui";
import { CircleCheck, CircleX } from "lucide-react";
import type { Explanation } from "@/components/roles/role-rows";

type ShownGrant = Extract<Explanation, { because: "grants" }>["grants"][number];

function GrantLine({ grant, children }: { grant: ShownGrant; children?: React.ReactNode }) {
  return (
    <li className="rounded-md border border-line bg-surface px-3 py-2 text-sm">
      <p className="text-fg">
        {grant.via.kind === "team" ? (
          <>
            Via team <span className="font-medium">{grant.via.teamName}</span>:{" "}
          </>
        ) : (
          "Directly: "
        )}
        <span className="font-medium">{grant.role.name}</span> on <span className="font-medium">{grant.resourceSet.name}</span>
      </p>
      <p className="mt-0.5 text-xs text-fg-muted">{grant.resourceSet.scopeText}</p>
      {children}
    </li>
  );
}

export function ExplanationView({ answer, permission }: { answer: Explanation; permission: string }) {
  const who = answer.user.username;
  const headline = answer.allowed
    ? answer.because === "admin"
      ? `${who} is an administrator and may do everything, ${permission} included.`
      : `${who} holds ${permission} here through ${answer.grants.length} grant${answer.grants.length === 1 ? "" : "s"}.`
    : answer.because === "disabled"
      ? `${who}'s account is disabled: it may do nothing until enabled.`
      : `No grant gives ${who} ${permission} here.`;

  return (
    <div aria-live="polite" className="space-y-3">
      <div className={`flex items-start gap-2 rounded-md px-3 py-2.5 ${answer.allowed ? "bg-success-soft text-success-fg" : "bg-danger-soft text-danger-fg"}`}>
        {answer.allowed ? <CircleCheck className="mt-0.5 size-5 shrink-0" aria-hidden /> : <CircleX className="mt-0.5 size-5 shrink-0" aria-hidden />}
        <p className="text-sm font-medium">
          {answer.allowed ? "Allowed. " : "Denied. "}
          <span className="font-normal">{headline}</span>
        </p>
      </div>
      {answer.allowed && answer.because === "grants" && (
        <ul className="space-y-2">
          {answer.grants.map((grant) => (
            <GrantLine key={grant.grantId} grant={grant} />
          ))}
        </ul>
      )}
      {!answer.allowed && answer.because === "no-grant" && (
        <>
          <p className="text-xs font-semibold tracking-wide text-fg-subtle uppercase">{answer.nearMisses.length ? "Grants that came close" : "No grant comes close"}</p>
          {answer.nearMisses.length === 0 && <p className="text-sm text-fg-muted">None of {who}&apos;s grants has this permission or reaches this resource.</p>}
          <ul className="space-y-2">
            {answer.nearMisses.map((miss) => (
              <GrantLine key={miss.grantId} grant={miss}>
                <p className="mt-1.5 flex flex-wrap items-center gap-1.5 text-xs text-fg-muted">
                  <Badge tone="warning">{miss.missing === "permission" ? "Role lacks the permission" : "Set does not reach it"}</Badge>
                  {miss.reasons.join("; ")}
                </p>
              </GrantLine>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
