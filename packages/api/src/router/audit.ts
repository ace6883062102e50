/** The audit log, for administrators: filtered pages newest first, and what the filters can offer. */
import { z } from "zod";
import { AuditFilter } from "../audit/audit-filter.ts";
import { readAuditFacets, readAuditPage } from "../audit/read-audit.ts";
import { procedure, router } from "../trpc.ts";

const Page = z.object({
  /** The ID of the last event already shown; the page holds older ones. */
  cursor: z.number().int().positive().optional(),
  limit: z.number().int().min(50).max(200).default(100),
});

export const auditRouter = router({
  list: procedure("admin")
    .input(z.object({ filter: AuditFilter.default({ userMatch: "contains" }) }).extend(Page.shape))
    .query(({ ctx, input: { filter, ...page } }) => readAuditPage(ctx.db, filter, page)),

  facets: procedure("admin").query(({ ctx }) => readAuditFacets(ctx.db)),
});
