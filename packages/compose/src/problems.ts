/**
 * Problems (the file can't be deployed) and warnings (it can, but not quite as written), each
 * tied to the place in the compose file it is about.
 */

export interface StackProblem {
  /** Where in the file, e.g. "services.web.ports[1]"; "" for the file as a whole. */
  path: string;
  line?: number;
  column?: number;
  message: string;
}

export type YamlPath = readonly (string | number)[];

export interface Finding {
  path: YamlPath;
  message: string;
}

export class Findings {
  readonly problems: Finding[] = [];
  readonly warnings: Finding[] = [];

  problem(path: YamlPath, message: string): void {
    this.problems.push({ path, message });
  }

  warn(path: YamlPath, message: string): void {
    this.warnings.push({ path, message });
  }
}

export function formatPath(path: YamlPath): string {
  return path.map((segment, i) => (typeof segment === "number" ? `[${segment}]` : i === 0 ? segment : `.${segment}`)).join("");
}
