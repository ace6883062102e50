/** How an image is named in lists, dialogs and toasts: its first tag, or its short id when untagged. */
import type { ImageSummary } from "@wheelhouse/protocol";
import { shortId } from "@wheelhouse/ui";

export function imageName(image: Pick<ImageSummary, "id" | "tags">): string {
  return image.tags[0] ?? shortId(image.id);
}
