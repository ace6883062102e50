/**
 * The engine's log stream (GET /containers/{id}/logs with timestamps) decoded into lines: stdcopy
 * frames for an ordinary container, one raw stream for a TTY container, a LineAssembler per stream.
 */
import type { LogLine, LogStream, LogTimestamp } from "@wheelhouse/protocol";
import { LineAssembler } from "./line-assembler.ts";
import { STDERR, STDOUT, SYSTEMERR, StdcopyDemuxer, type FrameStream } from "./stdcopy.ts";

/** A line as it travels on (LogLine): made once here, since a reader makes one for every line it reads. */
export type DecodedLine = LogLine;

export interface LogDecoderOptions {
  /** The container's Config.Tty: its log has no stdcopy framing and only a stdout. */
  tty: boolean;
  /** A longer line is cut here and marked truncated. */
  maxLineBytes: number;
}

export class LogDecoder {
  private lines: DecodedLine[] = [];
  private errors: string[] = [];
  private readonly stdout: LineAssembler;
  private readonly stderr: LineAssembler;
  private readonly demuxer: StdcopyDemuxer | undefined;
  private readonly systemErr = new TextDecoder();
  private systemErrText = "";

  constructor(private readonly options: LogDecoderOptions) {
    const assembler = (stream: LogStream) =>
      new LineAssembler(
        ({ ts, text, truncated }) => this.lines.push(truncated ? { ts, stream, text, truncated } : { ts, stream, text }),
        { tty: options.tty, maxLineBytes: options.maxLineBytes },
      );
    this.stdout = assembler("stdout");
    this.stderr = assembler("stderr");
    this.demuxer = options.tty ? undefined : new StdcopyDemuxer((stream, piece, startsFrame) => this.frame(stream, piece, startsFrame));
  }

  /** The earliest timestamp read so far on either stream. */
  get firstTs(): LogTimestamp | undefined {
    const [a, b] = [this.stdout.firstTs, this.stderr.firstTs];
    if (a === undefined || b === undefined) return a ?? b;
    return a < b ? a : b;
  }

  /** Decodes a chunk; returns the lines it completed, in the engine's order. */
  write(chunk: Buffer): DecodedLine[] {
    if (this.demuxer) this.demuxer.write(chunk);
    else this.stdout.write(chunk);
    return this.take();
  }

  /** The stream ended: returns the lines still pending. */
  end(): DecodedLine[] {
    this.stdout.end();
    this.stderr.end();
    this.systemErrText += "\n";
    this.takeSystemErrLines();
    return this.take();
  }

  /** What the engine wrote on its error stream since the last call. */
  takeErrors(): string[] {
    const errors = this.errors;
    this.errors = [];
    return errors;
  }

  private take(): DecodedLine[] {
    const lines = this.lines;
    this.lines = [];
    return lines;
  }

  private frame(stream: FrameStream, piece: Buffer, startsFrame: boolean): void {
    if (stream === STDOUT || stream === STDERR) {
      const assembler = stream === STDOUT ? this.stdout : this.stderr;
      if (startsFrame) assembler.startMessage();
      assembler.write(piece);
    } else if (stream === SYSTEMERR) {
      this.systemErrText += this.systemErr.decode(piece, { stream: true });
      this.takeSystemErrLines();
    }
  }

  private takeSystemErrLines(): void {
    const lines = this.systemErrText.split("\n");
    this.systemErrText = lines.pop() ?? "";
    for (const line of lines) if (line.trim() !== "") this.errors.push(line.trim());
  }
}
