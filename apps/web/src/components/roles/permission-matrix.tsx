/** Roles side by side: one column per role, one row per permission grouped by area, a check where the role holds it. */
import { Check } from "lucide-react";
import { Fragment } from "react";
import type { PermissionArea, RoleRow } from "./role-rows";

export function PermissionMatrix({ roles, catalogue }: { roles: readonly RoleRow[]; catalogue: readonly PermissionArea[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-line bg-surface shadow-xs">
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">Which permissions each role holds</caption>
        <thead className="sticky top-0 bg-surface-muted">
          <tr>
            <th scope="col" className="min-w-72 px-4 py-2.5 text-left text-xs font-medium text-fg-subtle">
              Permission
            </th>
            {roles.map((role) => (
              <th key={role.id} scope="col" className="min-w-28 px-3 py-2.5 text-center text-xs font-medium text-fg">
                {role.name}
                <span className="block font-normal text-fg-subtle">{role.builtIn ? "Built-in" : "Custom"}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {catalogue.map((area) => (
            <Fragment key={area.area}>
              <tr className="border-t border-line bg-surface-muted/60">
                <th colSpan={roles.length + 1} scope="colgroup" className="px-4 py-1.5 text-left text-xs font-semibold tracking-wide text-fg-subtle uppercase">
                  {area.label}
                </th>
              </tr>
              {area.permissions.map((permission) => (
                <tr key={permission.name} className="border-t border-line hover:bg-surface-hover">
                  <th scope="row" className="px-4 py-2 text-left font-normal">
                    <span className="font-mono text-xs text-fg">{permission.name}</span>
                    <span className="block text-xs text-fg-muted">{permission.description}</span>
                  </th>
                  {roles.map((role) => (
                    <td key={role.id} className="px-3 py-2 text-center">
                      {role.permissions.includes(permission.name) ? (
                        <Check className="mx-auto size-4 text-success" aria-label={`${role.name} holds ${permission.name}`} />
                      ) : (
                        <span className="text-fg-subtle" aria-label={`${role.name} lacks ${permission.name}`}>
                          ·
                        </span>
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}
