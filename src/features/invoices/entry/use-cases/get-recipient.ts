import { notFound } from "@/server/errors.ts";
import { db } from "@/server/db.ts";
import { findRecipient } from "@/features/invoices/common/index.ts";

/**
 * The chosen recipient for the form: address, active services and what it requires (service, numéro d'engagement
 * and its format). By id, or by SIRET (the State's). The directory is public: nothing to authorise beyond a session.
 */
export async function getRecipient({ idOrSiret }: { idOrSiret: string }) {
  const recipient = await findRecipient(db, idOrSiret);
  if (!recipient) throw notFound("Structure publique introuvable.");
  return recipient;
}
