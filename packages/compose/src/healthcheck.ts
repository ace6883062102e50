/**
 * A service's `healthcheck`: a test as a list (["CMD", ...], ["CMD-SHELL", "..."], ["NONE"]) or
 * as a string, which runs in the container's shell; `disable: true` turns off the image's own.
 */
import { z } from "zod";
import { Duration } from "./compose-values.ts";
import type { HealthConfig } from "./docker-service-spec.ts";

const TestList = z
  .array(z.string())
  .min(1)
  .refine((test) => ["CMD", "CMD-SHELL", "NONE"].includes(test[0] ?? ""), 'a test list starts with "CMD", "CMD-SHELL" or "NONE"');

export const Healthcheck = z
  .strictObject({
    test: z.union([z.string().transform((line) => ["CMD-SHELL", line]), TestList]).optional(),
    interval: Duration.optional(),
    timeout: Duration.optional(),
    start_period: Duration.optional(),
    start_interval: Duration.optional(),
    retries: z.number().int().min(0).optional(),
    disable: z.boolean().optional(),
  })
  .transform((check, ctx): HealthConfig => {
    if (check.disable) {
      if (check.test && check.test[0] !== "NONE") {
        ctx.issues.push({ code: "custom", path: ["disable"], message: "a healthcheck with a test can't also be disabled; remove one of them", input: true });
      }
      return { Test: ["NONE"] };
    }
    return {
      // No test keeps the image's own, with the timings given here.
      Test: check.test ?? [],
      Interval: check.interval,
      Timeout: check.timeout,
      StartPeriod: check.start_period,
      StartInterval: check.start_interval,
      Retries: check.retries,
    };
  });
