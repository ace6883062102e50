/**
 * A command line typed in the terminal dialog, split into words as a shell splits them, but with
 * no shell behind it: single quotes keep everything, double quotes allow \" and \\, a backslash
 * escapes the next character; there are no variables, globs or pipes. The program then runs with
 * exactly these arguments (to get a shell's features, run sh -c '…').
 */
export type SplitArgv = { ok: true; argv: string[] } | { ok: false; message: string };

export function splitArgv(line: string): SplitArgv {
  const argv: string[] = [];
  // null between words; "" is a word too (an empty quoted argument).
  let word: string | null = null;
  let quote: "'" | '"' | null = null;
  const chars = [...line];
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i] ?? "";
    if (quote === "'") {
      if (char === "'") quote = null;
      else word = `${word ?? ""}${char}`;
    } else if (quote === '"') {
      if (char === '"') quote = null;
      else if (char === "\\" && (chars[i + 1] === '"' || chars[i + 1] === "\\")) word = `${word ?? ""}${chars[++i] ?? ""}`;
      else word = `${word ?? ""}${char}`;
    } else if (char === "'" || char === '"') {
      quote = char;
      word ??= "";
    } else if (char === "\\") {
      if (i + 1 >= chars.length) return { ok: false, message: "A backslash at the end escapes nothing." };
      word = `${word ?? ""}${chars[++i] ?? ""}`;
    } else if (/\s/.test(char)) {
      if (word !== null) argv.push(word);
      word = null;
    } else {
      word = `${word ?? ""}${char}`;
    }
  }
  if (quote) return { ok: false, message: `A ${quote === "'" ? "single" : "double"} quote is not closed.` };
  if (word !== null) argv.push(word);
  if (argv.length === 0) return { ok: false, message: "Name a program to run." };
  return { ok: true, argv };
}
