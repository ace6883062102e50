import { describe, expect, it } from "vitest";
import { splitArgv } from "./split-argv.ts";

describe("splitArgv", () => {
  it.each([
    ["/bin/sh", ["/bin/sh"]],
    ["  psql   -U postgres\tapp ", ["psql", "-U", "postgres", "app"]],
    [`sh -c 'echo "$HOME" | wc -c'`, ["sh", "-c", 'echo "$HOME" | wc -c']],
    [`printf "a \\"quoted\\" \\\\ word"`, ["printf", 'a "quoted" \\ word']],
    [`echo it\\'s two\\ words ""`, ["echo", "it's", "two words", ""]],
    ["echo $(touch /tmp/MARK)", ["echo", "$(touch", "/tmp/MARK)"]],
  ])("splits %s into its words, with no shell", (line, argv) => {
    expect(splitArgv(line)).toEqual({ ok: true, argv });
  });

  it.each([
    ["", /Name a program/],
    ["   ", /Name a program/],
    ["sh -c 'echo", /single quote is not closed/],
    ['sh -c "echo', /double quote is not closed/],
    ["echo \\", /backslash/],
  ])("refuses %j saying why", (line, message) => {
    const result = splitArgv(line);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(message);
  });
});
