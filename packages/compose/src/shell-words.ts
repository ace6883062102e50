/**
 * Splits a command written as one string ("python -m http.server 8000") into its words, as
 * docker stack deploy does with go-shellwords: quotes group, a backslash escapes the next character
 * (except inside single quotes), nothing is expanded. No shell runs the result, so the shell
 * operators that would silently cut the command short there are refused here.
 */
import { parseFailure, parsedValue, type Parsed } from "./parsed.ts";

const operators = new Set([";", "&", "|", "<", ">", "`"]);

export function splitShellWords(line: string): Parsed<string[]> {
  const words: string[] = [];
  let word = "";
  let inWord = false;
  let quote: "'" | '"' | undefined;
  let escaped = false;
  for (const char of line) {
    if (escaped) {
      word += char;
      inWord = true;
      escaped = false;
    } else if (char === "\\" && quote !== "'") {
      escaped = true;
    } else if (quote !== undefined) {
      if (char === quote) quote = undefined;
      else word += char;
    } else if (char === "'" || char === '"') {
      quote = char;
      inWord = true;
    } else if (/\s/.test(char)) {
      if (inWord) words.push(word);
      word = "";
      inWord = false;
    } else if (operators.has(char)) {
      return parseFailure(
        `${JSON.stringify(char)} is shell syntax, but this command runs without a shell; write it as a list, e.g. ["sh", "-c", ${JSON.stringify(line)}]`,
      );
    } else {
      word += char;
      inWord = true;
    }
  }
  if (quote !== undefined) return parseFailure(`a ${quote} quote is never closed`);
  if (escaped) return parseFailure("ends with a lone backslash");
  if (inWord) words.push(word);
  return parsedValue(words);
}
