"use client";
/** One audit event in full: every field, and its detail (input or error) pretty-printed. */
import type { AuditEventView } from "@wheelhouse/api";
import { CodeBlock, Drawer, EmptyState, formatDateTime, formatRelativeTime, KeyValueList } from "@wheelhouse/ui";
import { prettyDetail } from "./audit-detail";
import { OutcomeBadge } from "./outcome-badge";

export function AuditEventDrawer({ event, onClose }: { event: AuditEventView | null; onClose: () => void }) {
  const detail = event ? prettyDetail(event.detail) : null;
  return (
    <Drawer
      open={event !== null}
      onClose={onClose}
      title={event ? <span className="font-mono">{event.action}</span> : ""}
      description={event ? <OutcomeBadge outcome={event.outcome} /> : undefined}
    >
      {event && (
        <div className="space-y-6">
          <KeyValueList
            items={[
              { label: "Time", value: `${formatDateTime(event.at.getTime())} (${formatRelativeTime(event.at.getTime())})` },
              { label: "User", value: event.username ?? "anonymous" },
              { label: "User ID", value: event.userId, mono: true },
              { label: "Address", value: event.ip, mono: true },
              { label: "Target", value: event.target, mono: true },
              { label: "Event ID", value: String(event.id), mono: true },
            ]}
          />
          {detail ? (
            <CodeBlock title="Detail (secrets redacted)" code={detail} wrap maxHeight="28rem" />
          ) : (
            <EmptyState title="No detail" description="This event was recorded without an input or an error." />
          )}
        </div>
      )}
    </Drawer>
  );
}
