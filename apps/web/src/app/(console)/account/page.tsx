"use client";
/** The signed-in user's own account: who they are, their password, their sessions and their API tokens. */
import { useQuery } from "@tanstack/react-query";
import { Card, PageHeader } from "@wheelhouse/ui";
import { ApiTokensCard } from "@/components/account/api-tokens-card";
import { ChangePasswordCard } from "@/components/account/change-password-card";
import { MySessionsCard } from "@/components/account/my-sessions-card";
import { ProfileCard } from "@/components/account/profile-card";
import { QueryStates } from "@/components/query-states";
import { useTRPC } from "@/lib/trpc";

export default function AccountPage() {
  const trpc = useTRPC();
  const me = useQuery(trpc.account.me.queryOptions());
  return (
    <>
      <PageHeader title="Your account" description="Your profile, password, browser sessions and API tokens." />
      <QueryStates query={me} loadingLabel="Loading your account…">
        {(me) => (
          <div className="space-y-6">
            <div className="grid gap-6 lg:grid-cols-2">
              <ProfileCard me={me} />
              {me.source === "local" ? (
                <ChangePasswordCard />
              ) : (
                <PasswordElsewhere />
              )}
            </div>
            <MySessionsCard limits={me.sessionLimits} />
            <ApiTokensCard viaApiToken={me.viaApiToken} />
          </div>
        )}
      </QueryStates>
    </>
  );
}

function PasswordElsewhere() {
  return (
    <Card title="Password">
      <p className="text-sm text-fg-muted">You sign in with your directory account; change your password where your organisation manages it.</p>
    </Card>
  );
}
