/** One line per log record, prefixed by the component that wrote it. */
export interface Logger {
  info(message: string, detail?: unknown): void;
  warn(message: string, detail?: unknown): void;
  error(message: string, detail?: unknown): void;
  child(component: string): Logger;
}

export function createLogger(component = "wheelhouse"): Logger {
  const write = (level: string, message: string, detail?: unknown) => {
    const suffix = detail === undefined ? "" : ` ${detail instanceof Error ? (detail.stack ?? detail.message) : JSON.stringify(detail)}`;
    const line = `${new Date().toISOString()} ${level} [${component}] ${message}${suffix}`;
    (level === "ERROR" ? console.error : console.log)(line);
  };
  return {
    info: (m, d) => write("INFO", m, d),
    warn: (m, d) => write("WARN", m, d),
    error: (m, d) => write("ERROR", m, d),
    child: (name) => createLogger(`${component}:${name}`),
  };
}
