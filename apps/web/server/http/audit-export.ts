/**
 * GET /api/audit/export?format=csv|ndjson&<audit filters>: the audit log as a download, for
 * administrators (by cookie session or API token). Rows stream out a batch at a time, so an export
 * of the whole log holds one batch in memory. Exports are audited, refused ones included.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { AuditFilter, authorizerFor, CSV_HEADER, EXPORT_CONTENT_TYPE, exportFileName, formatEvent, readAuditBatches, recordAudit, type ExportFormat } from "@wheelhouse/api";
import type { Database } from "@wheelhouse/db";
import { z } from "zod";
import type { Config } from "../config.ts";
import type { Logger } from "../logger.ts";
import { clientAddress } from "./client-address.ts";
import { apiTokenOf, sessionOf } from "./session.ts";

export const AUDIT_EXPORT_PATH = "/api/audit/export";

const ExportQuery = z.object({ format: z.enum(["csv", "ndjson"], { message: "Choose format=csv or format=ndjson." }) });

export function createAuditExportHandler(deps: { db: Database; config: Config; log: Logger }) {
  const { db, config, log } = deps;

  const serve = async (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== "GET") return sendError(res, 405, "Use GET to export the audit log.");
    const ip = clientAddress(req, config.trustProxy).ip;
    const session = await sessionOf(req, db, config.session);
    const apiToken = session ? null : await apiTokenOf(req, db);
    const user = session?.user ?? apiToken?.user ?? null;
    const audit = (outcome: "allowed" | "denied" | "failed", detail: unknown) =>
      recordAudit(db, { userId: user?.id, username: user?.username, ip, action: "audit.export", target: exportTarget(req), outcome, detail: JSON.stringify(detail) }).catch(
        (error: unknown) => log.error("audit record for audit.export failed", error),
      );

    if (!user) {
      await audit("denied", { error: "Not signed in." });
      return sendError(res, 401, "Sign in to continue.");
    }
    const access = await authorizerFor(db, user, apiToken?.narrowTo ?? null);
    if (!access.isAdmin) {
      await audit("denied", { error: "Not an administrator." });
      return sendError(res, 403, "Only administrators may export the audit log.");
    }
    const params = queryParams(req);
    const query = ExportQuery.safeParse(params);
    const filter = AuditFilter.safeParse(params);
    if (!query.success || !filter.success) return sendError(res, 400, (query.error ?? filter.error)?.issues[0]?.message ?? "Invalid export request.");

    const format: ExportFormat = query.data.format;
    const chosen = filter.data;
    let rows = 0;
    async function* lines() {
      if (format === "csv") yield CSV_HEADER;
      for await (const batch of readAuditBatches(db, chosen)) {
        rows += batch.length;
        yield batch.map((event) => formatEvent(format, event)).join("");
      }
    }
    res.writeHead(200, {
      "content-type": EXPORT_CONTENT_TYPE[format],
      "content-disposition": `attachment; filename="${exportFileName(format)}"`,
      "cache-control": "no-store",
    });
    try {
      await pipeline(Readable.from(lines()), res);
      await audit("allowed", { filter: chosen, rows });
    } catch (error) {
      log.warn(`audit export stopped after ${rows} rows`, error instanceof Error ? error.message : error);
      await audit("failed", { filter: chosen, rows, error: "The export stopped before its end." });
    }
  };

  return (req: IncomingMessage, res: ServerResponse) =>
    serve(req, res).catch((error: unknown) => {
      log.error("audit export failed", error);
      if (!res.headersSent) sendError(res, 500, "The audit log could not be read; see the server log.");
      else res.destroy();
    });
}

/** The query string's non-empty parameters: an empty form field means "any", not "matches nothing". */
function queryParams(req: IncomingMessage): Record<string, string> {
  const params = new URL(req.url ?? "/", "http://localhost").searchParams;
  return Object.fromEntries([...params].filter(([, value]) => value.trim() !== ""));
}

function exportTarget(req: IncomingMessage): string {
  const format = new URL(req.url ?? "/", "http://localhost").searchParams.get("format");
  return format ? `format=${format.slice(0, 16)}` : "";
}

function sendError(res: ServerResponse, status: number, message: string) {
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify({ error: message }));
}
