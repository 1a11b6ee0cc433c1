// "Factures à valider": the list's filter (the holder's decision) and page, read from the address, and back. Pure.
import { pageParam } from "@/lib/page-param.ts";

export const TO_VALIDATE_PAGE_SIZE = 20;

/** "À valider": waiting for the holder; "Validées": validated (by the holder or hors délai) and gone on; "Refusées". */
export const VALIDATION_STATES = ["a-valider", "validees", "refusees"] as const;
export type ValidationState = (typeof VALIDATION_STATES)[number];

export const VALIDATION_STATE_LABELS: Record<ValidationState, string> = { "a-valider": "À valider", validees: "Validées", refusees: "Refusées" };

export type ValidationListFilters = { etat?: ValidationState; page?: number };

const isState = (value: unknown): value is ValidationState => (VALIDATION_STATES as readonly unknown[]).includes(value);
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** The filters of a GET address; anything unknown is ignored (they come from links), a bad page is the first. */
export function parseValidationListParams(params: Record<string, string | string[] | undefined>): ValidationListFilters {
  const etat = first(params.etat);
  return { ...(isState(etat) ? { etat } : {}), page: pageParam(first(params.page)) };
}

/** The address of the list with these filters. */
export function validationListHref(filters: ValidationListFilters): string {
  const params = new URLSearchParams();
  if (filters.etat) params.set("etat", filters.etat);
  if (filters.page && filters.page > 1) params.set("page", String(filters.page));
  const query = params.toString();
  return `/factures-a-valider${query ? `?${query}` : ""}`;
}
