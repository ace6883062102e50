export * from "./version.ts";
export * from "./reply.ts";
export * from "./refs.ts";
export * from "./engine.ts";
export * from "./docker-objects.ts";
export * from "./agent-commands.ts";
export * from "./agent-events.ts";
export * from "./browser-events.ts";
