/** The join tokens table's columns. */
import { Badge, formatDateTime, formatRelativeTime, type DataTableColumn, type Tone } from "@wheelhouse/ui";
import type { JoinTokenRow } from "./node-rows";

const STATUSES: Record<JoinTokenRow["status"], { tone: Tone; label: string }> = {
  active: { tone: "success", label: "Active" },
  "used-up": { tone: "neutral", label: "Used" },
  expired: { tone: "neutral", label: "Expired" },
  revoked: { tone: "danger", label: "Revoked" },
};

const When = ({ at }: { at: Date }) => (
  <span className="text-fg-muted" title={formatDateTime(at.getTime())}>
    {formatRelativeTime(at.getTime())}
  </span>
);

export const joinTokenColumns: DataTableColumn<JoinTokenRow>[] = [
  { key: "label", header: "Label", sortValue: (t) => t.label, cell: (t) => <span className="font-medium text-fg">{t.label}</span> },
  {
    key: "status",
    header: "Status",
    sortValue: (t) => t.status,
    cell: (t) => (
      <Badge tone={STATUSES[t.status].tone} dot>
        {STATUSES[t.status].label}
      </Badge>
    ),
  },
  { key: "uses", header: "Nodes joined", sortValue: (t) => t.uses, cell: (t) => (t.singleUse ? `${t.uses} of 1` : `${t.uses} · multi use`) },
  { key: "expires", header: "Expires", sortValue: (t) => t.expiresAt.getTime(), cell: (t) => <When at={t.revokedAt ?? t.expiresAt} /> },
  {
    key: "created",
    header: "Created",
    sortValue: (t) => t.createdAt.getTime(),
    cell: (t) => (
      <>
        <When at={t.createdAt} />
        {t.createdBy && <span className="text-fg-subtle"> by {t.createdBy}</span>}
      </>
    ),
  },
];
