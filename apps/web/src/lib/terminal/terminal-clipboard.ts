/**
 * Copy and paste in a terminal, where Ctrl+C and Ctrl+V belong to the program: Ctrl+Shift+C copies
 * the selection (Chromium would otherwise open its inspector), Ctrl+Shift+V lets the browser paste
 * (xterm.js takes the paste, bracketed when the program asked), and a right click copies the
 * selection or, with nothing selected, pastes. On macOS, Cmd+C and Cmd+V already do this.
 */
import type { Terminal } from "@xterm/xterm";

export function attachClipboard(terminal: Terminal, host: HTMLElement): () => void {
  terminal.attachCustomKeyEventHandler((event) => {
    if (event.type !== "keydown" || !event.ctrlKey || !event.shiftKey) return true;
    if (event.code === "KeyC") {
      event.preventDefault();
      copySelection(terminal);
      return false;
    }
    // Not prevented: the browser's own paste follows, which needs no clipboard permission.
    return event.code !== "KeyV";
  });
  const onContextMenu = (event: MouseEvent) => {
    event.preventDefault();
    if (terminal.hasSelection()) return copySelection(terminal);
    navigator.clipboard
      ?.readText()
      .then((text) => terminal.paste(text))
      .catch(() => undefined);
  };
  host.addEventListener("contextmenu", onContextMenu);
  return () => host.removeEventListener("contextmenu", onContextMenu);
}

function copySelection(terminal: Terminal): void {
  const text = terminal.getSelection();
  if (text) void navigator.clipboard?.writeText(text).catch(() => undefined);
}
