/** A service's `logging`: the log driver its containers use, with the driver's options. */
import { z } from "zod";
import type { LogDriver } from "./docker-service-spec.ts";

export const Logging = z
  .strictObject({
    driver: z.string().min(1).optional(),
    options: z.record(z.string(), z.union([z.string(), z.number()]).transform(String)).optional(),
  })
  // No driver: the engine's default driver, with these options.
  .transform((logging): LogDriver => ({ Name: logging.driver ?? "", Options: logging.options }));
