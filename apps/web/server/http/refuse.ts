/** A refusal made before tRPC sees the request, in the shape tRPC clients read, so callers show its message like any other error. */
import type { ServerResponse } from "node:http";

export function refuse(res: ServerResponse, message: string): void {
  const error = { message, code: -32003, data: { code: "FORBIDDEN", httpStatus: 403 } };
  res.writeHead(403, { "content-type": "application/json" }).end(JSON.stringify({ error: { json: error } }));
}
