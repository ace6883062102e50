export { parseStack, type ParseStackResult } from "./parse-stack.ts";
export type { StackProblem } from "./problems.ts";
export type * from "./stack-plan.ts";
export type * from "./docker-service-spec.ts";
