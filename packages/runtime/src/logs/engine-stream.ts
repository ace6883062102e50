/** GET /containers/{id}/logs as a byte stream, whether or not it follows (dockerode buffers the whole log unless it does). */
import type { Readable } from "node:stream";
import type Docker from "dockerode";

export interface EngineLogQuery {
  follow: boolean;
  /** A number of lines, or "all". */
  tail: number | "all";
  /** Unix seconds with a nanosecond fraction (toEngineTime). */
  since?: string;
  until?: string;
}

export async function openEngineLogs(docker: Docker, containerId: string, query: EngineLogQuery, signal: AbortSignal): Promise<Readable> {
  const modem = docker.modem as { dial(options: object, callback: (error: unknown, stream: Readable) => void): void };
  return new Promise((resolve, reject) => {
    modem.dial(
      {
        path: `/containers/${encodeURIComponent(containerId)}/logs?`,
        method: "GET",
        isStream: true,
        abortSignal: signal,
        statusCodes: { 200: true, 404: "no such container", 500: "server error" },
        // Both streams always: the tail window and the cursor count lines of both (see cursor.ts).
        options: { stdout: true, stderr: true, timestamps: true, ...query },
      },
      (error, stream) => (error ? reject(error as Error) : resolve(stream)),
    );
  });
}
