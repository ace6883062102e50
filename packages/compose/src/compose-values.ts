/**
 * The forms compose values take, as zod schemas that also convert them to what the Engine API
 * wants: durations to nanoseconds, sizes to bytes, "a=b" lists to maps, command lines to words.
 */
import { z } from "zod";
import { parseBytes } from "./byte-units.ts";
import { parseDuration } from "./durations.ts";
import { parseNanoCpus } from "./nano-cpus.ts";
import type { Parsed } from "./parsed.ts";
import { splitShellWords } from "./shell-words.ts";

/** A transform that reports a parser's refusal as the value's problem. */
export function via<In, Out>(parse: (written: In) => Parsed<Out>) {
  return (written: In, ctx: z.core.$RefinementCtx<In>): Out => {
    const parsed = parse(written);
    if (parsed.ok) return parsed.value;
    ctx.issues.push({ code: "custom", message: parsed.message, input: written });
    return z.NEVER;
  };
}

export const Duration = z.string({ error: 'expected a duration like "10s" or "1m30s"' }).transform(via(parseDuration));
export const ByteSize = z.union([z.string(), z.number()]).transform(via(parseBytes));
export const CpuCount = z.union([z.string(), z.number()]).transform(via(parseNanoCpus));

/** A command as one line (split like a shell would, without one) or as a list of words. */
export const CommandLine = z.union([z.string().transform(via(splitShellWords)), z.array(z.string())]);

/** One string or a list of them. */
export const StringList = z.union([z.string().transform((one) => [one]), z.array(z.string())]);

const Scalar = z
  .union([z.string(), z.number(), z.boolean(), z.null()], { error: "expected a single value" })
  .transform((value) => (value === null ? "" : String(value)));

/** Labels, driver options, sysctls: a map, or a list of "key=value" ("key" alone is an empty value). */
export const StringMap = z.union([
  z.record(z.string(), Scalar),
  z.array(z.string().regex(/^[^=]/, 'expected "key=value"')).transform((entries) =>
    Object.fromEntries(entries.map((entry) => {
      const at = entry.indexOf("=");
      return at === -1 ? [entry, ""] : [entry.slice(0, at), entry.slice(at + 1)];
    })),
  ),
]);

/** A key compose knows that can't be deployed as written; the message says what to do instead. */
export const refused = (message: string) => z.unknown().transform((_, ctx) => {
  ctx.issues.push({ code: "custom", message, input: undefined });
  return z.NEVER;
});

/** Extra /etc/hosts entries, "host:ip" or a map, in swarm's "ip host" notation. */
export const ExtraHosts = z
  .union([
    z.array(z.string().regex(/^[^:]+:.+$/, 'expected "hostname:ip"')).transform((entries) => entries.map((entry) => entry.split(/:(.*)/s))),
    z.record(z.string(), z.string()).transform((hosts) => Object.entries(hosts)),
  ])
  .transform((pairs) => pairs.map(([host, ip]) => `${ip} ${host}`));
