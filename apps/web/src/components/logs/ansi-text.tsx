/** A line's text with its ANSI styles and search highlights, as spans. */
import type { CSSProperties } from "react";
import { ansiColor } from "./log-colors";
import type { AnsiStyle } from "./model/ansi";
import type { HighlightedPiece } from "./model/highlight";

const MARK_CLASSES = {
  match: "rounded-[2px] bg-amber-300/30 text-amber-50 ring-1 ring-amber-300/50",
  current: "rounded-[2px] bg-amber-400 text-slate-950",
} as const;

export function AnsiText({ pieces }: { pieces: readonly HighlightedPiece[] }) {
  return (
    <>
      {pieces.map((piece, i) =>
        piece.style || piece.mark ? (
          <span key={i} style={piece.style && cssOf(piece.style)} className={piece.mark && MARK_CLASSES[piece.mark]} data-match={piece.mark}>
            {piece.text}
          </span>
        ) : (
          piece.text
        ),
      )}
    </>
  );
}

function cssOf(style: AnsiStyle): CSSProperties {
  const fg = style.fg === undefined ? undefined : ansiColor(style.fg);
  const bg = style.bg === undefined ? undefined : ansiColor(style.bg);
  return {
    color: style.inverse ? (bg ?? "#0f172a") : fg,
    backgroundColor: style.inverse ? (fg ?? "#cbd5e1") : bg,
    fontWeight: style.bold ? 600 : undefined,
    opacity: style.dim ? 0.7 : undefined,
    fontStyle: style.italic ? "italic" : undefined,
    textDecoration: [style.underline && "underline", style.strike && "line-through"].filter(Boolean).join(" ") || undefined,
  };
}
