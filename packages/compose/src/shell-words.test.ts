import { describe, expect, it } from "vitest";
import { splitShellWords } from "./shell-words.ts";

const split = (line: string) => {
  const parsed = splitShellWords(line);
  return parsed.ok ? parsed.value : parsed.message;
};

describe("splitShellWords", () => {
  it("splits on whitespace and groups quoted text", () => {
    expect(split("python -m http.server  8000")).toEqual(["python", "-m", "http.server", "8000"]);
    expect(split(`echo "hello world" 'it''s' ""`)).toEqual(["echo", "hello world", "its", ""]);
    expect(split(`a\\ b "say \\"hi\\"" 'back\\slash'`)).toEqual(["a b", 'say "hi"', "back\\slash"]);
    expect(split("  \t\n")).toEqual([]);
  });

  it("expands nothing: variables and substitutions stay as written", () => {
    expect(split("echo $HOME $(date) ~")).toEqual(["echo", "$HOME", "$(date)", "~"]);
  });

  it("refuses shell operators outside quotes, and unclosed quotes", () => {
    expect(split("npm start && echo done")).toMatch(/"&" is shell syntax.*\["sh", "-c", "npm start && echo done"\]/);
    expect(split("cat x | grep y")).toMatch(/"\|" is shell syntax/);
    expect(split("echo `date`")).toMatch(/"`" is shell syntax/);
    expect(split("echo 'a;b' \"c|d\" e\\;f")).toEqual(["echo", "a;b", "c|d", "e;f"]);
    expect(split("echo 'unclosed")).toMatch(/' quote is never closed/);
    expect(split("echo \\")).toMatch(/lone backslash/);
  });
});
