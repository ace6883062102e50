import { describe, expect, it } from "vitest";
import { DOCKER_SPLIT_BYTES } from "./line-assembler.ts";
import { LogDecoder, type DecodedLine } from "./log-decoder.ts";

const TS1 = "2026-11-23T13:54:15.338086833Z";
const TS2 = "2026-11-23T13:54:15.340540665Z";

function frame(type: number, text: string | Buffer): Buffer {
  const payload = typeof text === "string" ? Buffer.from(text) : text;
  const header = Buffer.alloc(8);
  header[0] = type;
  header.writeUInt32BE(payload.length, 4);
  return Buffer.concat([header, payload]);
}

function decode(chunks: Buffer[], tty = false, maxLineBytes = 1024 * 1024) {
  const decoder = new LogDecoder({ tty, maxLineBytes });
  const lines: DecodedLine[] = [];
  for (const chunk of chunks) lines.push(...decoder.write(chunk));
  lines.push(...decoder.end());
  return { lines: lines.map(({ ts, stream, text, truncated }) => ({ ts, stream, text, truncated: truncated === true })), errors: decoder.takeErrors() };
}

// Every way of cutting the bytes in two, and one byte at a time.
function splits(bytes: Buffer): Buffer[][] {
  const ways = [[bytes], [...bytes].map((byte) => Buffer.from([byte]))];
  for (let at = 1; at < bytes.length; at += 1) ways.push([bytes.subarray(0, at), bytes.subarray(at)]);
  return ways;
}

const line = (ts: string, stream: "stdout" | "stderr", text: string, truncated = false) => ({ ts, stream, text, truncated });

describe("LogDecoder over stdcopy frames", () => {
  // Multi-byte characters cut between the pieces of a split line, as Docker cuts at bytes.
  const emoji = Buffer.from("héllo 🎉 世界");
  const bytes = Buffer.concat([
    frame(1, `${TS1} first\n`),
    frame(2, `${TS1} on stderr ✓\n`),
    frame(1, Buffer.concat([Buffer.from(`${TS1} `), emoji.subarray(0, 8)])),
    frame(2, `${TS2} between\n`),
    frame(1, Buffer.concat([Buffer.from(`${TS1} `), emoji.subarray(8), Buffer.from("\n")])),
    frame(3, "Error grabbing logs: unexpected EOF\n"),
    frame(1, `${TS2} \n`),
    frame(1, `${TS2} last without newline`),
  ]);
  const expected = [
    line(TS1, "stdout", "first"),
    line(TS1, "stderr", "on stderr ✓"),
    line(TS2, "stderr", "between"),
    line(TS1, "stdout", "héllo 🎉 世界"),
    line(TS2, "stdout", ""),
    line(TS2, "stdout", "last without newline"),
  ];

  it("yields the same lines however the bytes are cut into chunks", () => {
    for (const chunks of splits(bytes)) {
      const { lines, errors } = decode(chunks);
      expect(lines).toEqual(expected);
      expect(errors).toEqual(["Error grabbing logs: unexpected EOF"]);
    }
  });

  it("cuts a line at the cap without breaking a character, and marks it", () => {
    const { lines } = decode([frame(1, `${TS1} ab€cd\n`)], false, 4);
    expect(lines).toEqual([line(TS1, "stdout", "ab", true)]);
  });

  it("refuses bytes that are not stdcopy frames", () => {
    expect(() => decode([Buffer.from(`${TS1} a TTY line\r\n`)])).toThrow(/stdcopy/);
  });
});

describe("LogDecoder over a TTY stream", () => {
  const long = "x".repeat(DOCKER_SPLIT_BYTES) + "y".repeat(100);
  // A TTY log has no frames: Docker's pieces of a long line follow one another, each with a prefix.
  const bytes = Buffer.from(
    `${TS1} one 🎉\r\n${TS1} ${long.slice(0, DOCKER_SPLIT_BYTES)}${TS1} ${long.slice(DOCKER_SPLIT_BYTES)}\r\n` +
      `${TS2} ${"z".repeat(DOCKER_SPLIT_BYTES)}\r\n${TS2} ${"w".repeat(DOCKER_SPLIT_BYTES)}2026 is not a prefix\r\n${TS2} end`,
  );

  it("joins Docker's pieces and keeps text that only looks like a prefix", () => {
    const expected = [
      line(TS1, "stdout", "one 🎉"),
      line(TS1, "stdout", long),
      line(TS2, "stdout", "z".repeat(DOCKER_SPLIT_BYTES)),
      line(TS2, "stdout", `${"w".repeat(DOCKER_SPLIT_BYTES)}2026 is not a prefix`),
      line(TS2, "stdout", "end"),
    ];
    const cuts = [[bytes], [...Array(Math.ceil(bytes.length / 7)).keys()].map((i) => bytes.subarray(i * 7, i * 7 + 7))];
    for (let at = DOCKER_SPLIT_BYTES - 5; at < DOCKER_SPLIT_BYTES + 80; at += 1) cuts.push([bytes.subarray(0, at), bytes.subarray(at)]);
    for (const chunks of cuts) expect(decode(chunks, true).lines).toEqual(expected);
  });
});
