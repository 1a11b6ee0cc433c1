import { db } from "@/server/db.ts";
import { findMandateToSign } from "../data/mandate-to-sign.ts";
import { mandateText } from "../rules/mandate-rules.ts";

/** "Valider un mandat": what the signataire reads before signing. */
export async function getMandateToSign({ userId, token, now = new Date() }: { userId: string; token: string; now?: Date }) {
  const mandate = await findMandateToSign(db, userId, token, now);
  return { libelle: mandate.libelle, structure: mandate.structure, text: mandateText(mandate.structure.raisonSociale) };
}
