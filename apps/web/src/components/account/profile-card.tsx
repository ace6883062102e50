/** Who the signed-in user is: account, source, role and teams. */
import { Badge, Card, formatDateTime, KeyValueList } from "@wheelhouse/ui";
import type { Me } from "./account-rows";

export function ProfileCard({ me }: { me: Me }) {
  return (
    <Card title="Profile" description={me.source === "ldap" ? "Your name and email come from the directory." : "An administrator can change your name and email."}>
      <KeyValueList
        items={[
          { label: "Username", value: me.username, mono: true },
          { label: "Display name", value: me.displayName },
          { label: "Email", value: me.email },
          { label: "Role", value: me.isAdmin ? <Badge tone="accent">Administrator</Badge> : "User: you reach what your grants and your teams' grants give" },
          { label: "Teams", value: me.teams.length > 0 ? me.teams.map((t) => t.name).join(", ") : "None" },
          { label: "Account", value: me.source === "ldap" ? "Directory (LDAP)" : "Local" },
          { label: "Member since", value: formatDateTime(me.createdAt.getTime()) },
        ]}
      />
    </Card>
  );
}
