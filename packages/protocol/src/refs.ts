/**
 * Identifiers of Docker objects as they may arrive from a browser. They are validated before any
 * reaches an agent, so an agent never sees a path fragment or option disguised as a name.
 */
import { z } from "zod";

const dockerName = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;
// An image reference: optional registry/namespace path, name, tag and/or digest, or a bare id.
const imageRef = /^(sha256:)?[a-z0-9]+([._\-/:@][a-zA-Z0-9_.-]+)*$/;

export const ContainerRef = z.object({
  id: z.string().min(1).max(128).regex(dockerName, "Not a container id or name"),
});
export const ImageRef = z.object({
  id: z.string().min(1).max(256).regex(imageRef, "Not an image id or reference"),
});
export const VolumeRef = z.object({
  name: z.string().min(1).max(255).regex(dockerName, "Not a volume name"),
});
export const NetworkRef = z.object({
  id: z.string().min(1).max(128).regex(dockerName, "Not a network id or name"),
});
export const NodeId = z.string().min(1).max(64);
