// Which invoices the holder of the contract validates before the recipient (A9: the titulaire of a sous-traitant,
// A12: the mandataire of a cotraitant): what the entry form asks, the sending checks and the validator's desk share. Pure.
import type { CadreFacturation } from "@/generated/prisma/enums.ts";

/** The cadres whose invoices go to the holder of the contract before the recipient. */
export const VALIDATION_CADRES = ["A9", "A12"] as const satisfies readonly CadreFacturation[];

export const needsHolderValidation = (cadre: string): cadre is (typeof VALIDATION_CADRES)[number] => (VALIDATION_CADRES as readonly string[]).includes(cadre);

export const HOLDER_REQUIRED_MESSAGE = "Choisissez le titulaire (A9) ou le mandataire (A12) du marché.";

/** "titulaire" for a sous-traitant's invoice (A9), "mandataire" for a cotraitant's (A12). */
export const holderTitle = (cadre: string) => (cadre === "A12" ? "mandataire" : "titulaire");
