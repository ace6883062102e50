/** Test support: everything an exec session writes, kept per stream as bytes. */
import type { Readable } from "node:stream";
import type { ExecChunk, OutputStream } from "../stdcopy.ts";

export interface CollectedOutput {
  bytes(stream?: OutputStream): Buffer;
  text(stream?: OutputStream): string;
}

export function collectOutput(output: Readable): CollectedOutput {
  const parts: Record<OutputStream, Buffer[]> = { stdout: [], stderr: [] };
  output.on("data", (chunk: ExecChunk) => parts[chunk.stream].push(chunk.data));
  const bytes = (stream: OutputStream = "stdout") => Buffer.concat(parts[stream]);
  return { bytes, text: (stream) => bytes(stream).toString("utf8") };
}
