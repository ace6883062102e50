/** Docker may pin a service's image to a digest ("app:1@sha256:..."); people know it by name and tag. */
export function withoutDigest(image: string | undefined): string {
  return (image ?? "").replace(/@sha256:[0-9a-f]+$/, "");
}
