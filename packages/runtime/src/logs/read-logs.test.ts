import { afterAll, describe, expect, it } from "vitest";
import type { LogBatch, LogLine, LogRequestInput } from "@wheelhouse/protocol";
import { createEngineSandbox } from "../testing/engine.ts";
import { lineJsonBytes } from "./json-size.ts";
import { readLogs, type ReadLogsOptions } from "./read-logs.ts";

const sandbox = createEngineSandbox();
afterAll(() => sandbox.cleanup());

/** Runs a command to completion in a new container and returns its id. */
async function ran(suffix: string, script: string, options: { tty?: boolean } = {}): Promise<string> {
  const id = await sandbox.container(suffix, { command: ["sh", "-c", script], tty: options.tty });
  await sandbox.docker.getContainer(id).wait();
  return id;
}

async function batches(request: LogRequestInput, options?: ReadLogsOptions): Promise<LogBatch[]> {
  const all: LogBatch[] = [];
  for await (const batch of readLogs(sandbox.docker, request, AbortSignal.timeout(30_000), options)) all.push(batch);
  return all;
}

async function lines(request: LogRequestInput, options?: ReadLogsOptions): Promise<LogLine[]> {
  return (await batches(request, options)).flatMap((batch) => batch.lines);
}

const texts = (of: LogLine[]) => of.map((line) => line.text);

describe("readLogs", () => {
  it("reads both streams, each line once and in order, tagged with its stream", async () => {
    const id = await ran("streams", "for i in $(seq 1 300); do echo out $i; echo err $i >&2; done; echo done");
    const read = await lines({ containerId: id });
    expect(texts(read.filter((line) => line.stream === "stdout"))).toEqual([...Array.from({ length: 300 }, (_, i) => `out ${i + 1}`), "done"]);
    expect(texts(read.filter((line) => line.stream === "stderr"))).toEqual(Array.from({ length: 300 }, (_, i) => `err ${i + 1}`));
  });

  it("gives the last N lines, and the lines between since and until", async () => {
    const id = await ran("tail", "echo a; sleep 1; echo b; sleep 1; echo c; seq 1 100");
    expect(texts(await lines({ containerId: id, tail: 3 }))).toEqual(["98", "99", "100"]);
    const all = await lines({ containerId: id });
    const b = all[1]?.ts ?? "";
    expect(texts(await lines({ containerId: id, since: b, until: b }))).toEqual(["b"]);
    expect(texts(await lines({ containerId: id, until: b }))).toEqual(["a", "b"]);
    expect(texts(await lines({ containerId: id, since: b }))).toEqual(texts(all.slice(1)));
    expect(all.every((line, i) => i === 0 || (all[i - 1]?.ts ?? "") <= line.ts)).toBe(true);
  });

  // Four-byte characters, because json-file itself mangles a character that its 16 KiB cut falls
  // inside: Go's JSON encoding stores each half as U+FFFD before any reader sees it.
  it("joins the pieces Docker splits a 40 KiB line into", async () => {
    const id = await ran("long", "echo before; yes 🎉 | head -n 10000 | tr -d '\\n'; echo; echo '世界 after'");
    expect(texts(await lines({ containerId: id }))).toEqual(["before", "🎉".repeat(10_000), "世界 after"]);
    const cut = await lines({ containerId: id }, { maxLineBytes: 20_002 });
    expect(cut[1]).toMatchObject({ text: "🎉".repeat(5_000), truncated: true });
  });

  it("reads a TTY container's unframed log", async () => {
    const id = await ran("tty", "echo 'one 世界'; head -c 40000 /dev/zero | tr '\\0' x; echo; printf end", { tty: true });
    expect(texts(await lines({ containerId: id }))).toEqual(["one 世界", "x".repeat(40_000), "end"]);
  });

  it("searches by substring or regular expression, with or without case", async () => {
    const id = await ran("search", "echo 'GET /health 200'; echo 'get /api 500'; echo 'POST /api 201'; echo 'a.c'; echo abc");
    const search = async (search: LogRequestInput["search"]) => texts(await lines({ containerId: id, search }));
    expect(await search({ pattern: "get" })).toEqual(["GET /health 200", "get /api 500"]);
    expect(await search({ pattern: "get", caseSensitive: true })).toEqual(["get /api 500"]);
    expect(await search({ pattern: "a.c" })).toEqual(["a.c"]);
    expect(await search({ pattern: "a.c", regex: true })).toEqual(["a.c", "abc"]);
    expect(await search({ pattern: "^(get|post) /api [25]", regex: true })).toEqual(["get /api 500", "POST /api 201"]);
  });

  it("refuses an invalid or runaway regular expression with a clear error", async () => {
    const id = await ran("regex", `echo ${"a".repeat(40)}b`);
    await expect(lines({ containerId: id, search: { pattern: "(unclosed", regex: true } })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringMatching(/Not a valid regular expression: .*unclosed/),
    });
    await expect(lines({ containerId: id, search: { pattern: "^(a+)+$", regex: true } })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("took more than"),
    });
    await expect(lines({ containerId: "no-such-container-here" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("hands on every line, and a last cursor after all of them, however batches are cut", async () => {
    const id = await ran("cuts", "seq 1 3000 & seq 1 3000 >&2; wait");
    const whole = await batches({ containerId: id });
    const searched = await batches({ containerId: id, search: { pattern: "^1", regex: true } });
    for (const options of [{ maxLines: 37 }, { maxBatchBytes: 2_000 }]) {
      const cuts = await batches({ containerId: id }, options);
      expect(cuts.flatMap((batch) => batch.lines)).toEqual(whole.flatMap((batch) => batch.lines));
      expect(cuts.at(-1)?.cursor).toEqual(whole.at(-1)?.cursor);
      // A search that leaves lines out still ends at the last line examined.
      expect((await batches({ containerId: id, search: { pattern: "^1", regex: true } }, options)).at(-1)?.cursor).toEqual(searched.at(-1)?.cursor);
    }
    const bytes = (await batches({ containerId: id }, { maxBatchBytes: 2_000 })).map((batch) => batch.lines.reduce((sum, line) => sum + lineJsonBytes(line.text), 0));
    expect(Math.max(...bytes)).toBeLessThan(2_000 + lineJsonBytes("3000"));
  });

  it("resumes from any batch's cursor with no line missed or repeated, through a tail window or a since scan", async () => {
    const id = await ran("resume", "seq 1 400 & seq 1 400 >&2; wait");
    const all = await lines({ containerId: id });
    const cuts = await batches({ containerId: id }, { maxLines: 37 });
    for (const resumeWindows of [[10_000], [5], []]) {
      let seen = 0;
      for (const { lines: got, cursor } of cuts) {
        seen += got.length;
        if (cursor === null) continue;
        expect(await lines({ containerId: id, resume: cursor }, { resumeWindows })).toEqual(all.slice(seen));
      }
    }
  });

  // Docker 20.10's json-file follower skips lines on rotation (`docker logs -f` misses 40-60% at this pace) and sends
  // some twice; the reader drops the repeats, and keeps going.
  it("keeps following a log that rotates every hundred lines or so, without repeating a line", async () => {
    const id = await sandbox.container("rotate", {
      command: ["sh", "-c", "i=1; while true; do seq $i $((i + 199)); i=$((i + 200)); sleep 0.05; done"],
      logOptions: { "max-size": "10k", "max-file": "2" },
    });
    const controller = new AbortController();
    const numbers: number[] = [];
    for await (const batch of readLogs(sandbox.docker, { containerId: id, follow: true, tail: 0 }, controller.signal)) {
      numbers.push(...batch.lines.map((line) => Number(line.text)));
      if ((numbers.at(-1) ?? 0) > 10_000) controller.abort();
    }
    expect(numbers.every((n, i) => i === 0 || n > (numbers[i - 1] ?? 0))).toBe(true);
  });
});
