/** Refuses a proposed password that breaks the rules, saying every rule it breaks. */
import { TRPCError } from "@trpc/server";
import { passwordProblems } from "@wheelhouse/auth";

export function assertPasswordAcceptable(password: string, username: string): void {
  const problems = passwordProblems(password, username);
  if (problems.length > 0) throw new TRPCError({ code: "BAD_REQUEST", message: problems.join(" ") });
}
