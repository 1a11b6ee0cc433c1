// A public structure's invoicing parameters as a supplier must honour them. Pure.

/** A service requires a numéro d'engagement when it says so, or when its whole structure does. */
export function serviceRequiresEngagement(structure: { engagementObligatoire: boolean }, service: { engagementObligatoire: boolean }): boolean {
  return structure.engagementObligatoire || service.engagementObligatoire;
}

export const yesNo = (value: boolean) => (value ? "Oui" : "Non");
