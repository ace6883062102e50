"use client";
/** Administration: how people sign in — local accounts always, and users of an LDAP directory when one is set up. */
import { useQuery } from "@tanstack/react-query";
import { PageHeader } from "@wheelhouse/ui";
import { DirectorySettingsEditor } from "@/components/directory/directory-settings-editor";
import { QueryStates } from "@/components/query-states";
import { useTRPC } from "@/lib/trpc";

export default function AuthenticationPage() {
  const trpc = useTRPC();
  const settings = useQuery(trpc.directory.settings.queryOptions());
  return (
    <>
      <PageHeader
        title="Authentication"
        description="Local accounts sign in with their Wheelhouse password. Connect an LDAP directory to let its users sign in too, with their teams following directory groups."
        breadcrumb={[{ label: "Administration" }, { label: "Authentication" }]}
      />
      <QueryStates query={settings} loadingLabel="Loading directory settings…">
        {({ settings: saved }) => <DirectorySettingsEditor saved={saved} />}
      </QueryStates>
    </>
  );
}
