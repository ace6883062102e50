/** The envelope secrets and configs share in the Engine API, mapped into the protocol's summary. */
import { millisFromIso } from "../shape.ts";

export interface EngineStoredObject {
  ID: string;
  CreatedAt: string;
  UpdatedAt?: string;
  Spec?: { Name?: string; Labels?: Record<string, string> | null; Data?: string };
}

export function toStoredObjectSummary(object: EngineStoredObject) {
  return {
    id: object.ID,
    name: object.Spec?.Name ?? "",
    labels: object.Spec?.Labels ?? {},
    createdAt: millisFromIso(object.CreatedAt),
    updatedAt: millisFromIso(object.UpdatedAt ?? object.CreatedAt),
  };
}

/** The Engine API carries secret and config data base64-encoded. */
export function encodeData(data: string): string {
  return Buffer.from(data, "utf8").toString("base64");
}
