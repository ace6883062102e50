/** The agent's logger: three levels, one line per message, injectable so an embedding process can take the lines. */

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export function createLogger(prefix = "wheelhouse-agent", write: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): Logger {
  // One line per message keeps the log greppable, whatever a message (e.g. Docker's) contains.
  const line = (level: string) => (message: string) => write(`${new Date().toISOString()} ${level} [${prefix}] ${message.replace(/\s*\n\s*/g, " ")}`);
  return { info: line("INFO"), warn: line("WARN"), error: line("ERROR") };
}
