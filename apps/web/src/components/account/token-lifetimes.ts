/** The lifetimes offered for a new API token, matching TokenLifetime in the API. */
export const TOKEN_LIFETIMES = [
  { value: "7", label: "7 days" },
  { value: "30", label: "30 days" },
  { value: "90", label: "90 days" },
  { value: "365", label: "1 year" },
  { value: "never", label: "Never expires" },
] as const;

export type TokenLifetimeChoice = (typeof TOKEN_LIFETIMES)[number]["value"];

export function lifetimeDays(choice: TokenLifetimeChoice): 7 | 30 | 90 | 365 | null {
  return choice === "never" ? null : (Number(choice) as 7 | 30 | 90 | 365);
}
