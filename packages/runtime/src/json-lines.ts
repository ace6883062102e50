/** Newline-delimited JSON from a byte stream, whatever the chunk boundaries. */
import { StringDecoder } from "node:string_decoder";

// A line longer than this is not an engine event; it is dropped rather than buffered without end.
const MAX_LINE = 1024 * 1024;

/** Yields each line's JSON value; blank and unparsable lines are skipped. */
export async function* jsonLines(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<unknown> {
  // A chunk may end inside a multi-byte character as well as inside a line.
  const decoder = new StringDecoder("utf8");
  let pending = "";
  for await (const chunk of chunks) {
    pending += typeof chunk === "string" ? chunk : decoder.write(chunk);
    const lines = pending.split("\n");
    pending = lines.pop() ?? "";
    if (pending.length > MAX_LINE) pending = "";
    for (const line of lines) yield* parse(line);
  }
  yield* parse(pending + decoder.end());
}

function* parse(line: string): Generator<unknown> {
  const text = line.trim();
  if (text === "") return;
  try {
    yield JSON.parse(text) as unknown;
  } catch {
    // A torn or foreign line: the stream goes on with the next one.
  }
}
