/** The terminal's colours: a dark slate ground matching the navigation rail, with the accent for the cursor. */
import type { ITheme } from "@xterm/xterm";

export const TERMINAL_THEME: ITheme = {
  background: "#0b1120",
  foreground: "#dbe4f0",
  cursor: "#5cc8f0",
  cursorAccent: "#0b1120",
  selectionBackground: "#2f4a6d",
  selectionForeground: "#ffffff",
  black: "#1b2333",
  red: "#f0707a",
  green: "#5fd4a0",
  yellow: "#f3c969",
  blue: "#6fa8ff",
  magenta: "#c49bff",
  cyan: "#5cc8f0",
  white: "#dbe4f0",
  brightBlack: "#64748b",
  brightRed: "#ff98a0",
  brightGreen: "#86e8bb",
  brightYellow: "#ffdc8f",
  brightBlue: "#9cc2ff",
  brightMagenta: "#d9bcff",
  brightCyan: "#8edcf7",
  brightWhite: "#ffffff",
};

export const TERMINAL_FONT = '"JetBrains Mono", ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace';
