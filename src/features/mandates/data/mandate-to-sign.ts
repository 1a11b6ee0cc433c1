import { requireGestionnaire } from "@/features/structures/index.ts";
import type { db, Tx } from "@/server/db.ts";
import { AppError, notFound } from "@/server/errors.ts";
import { hashToken } from "@/server/tokens.ts";

/**
 * The mandate a signing link opens, for its signataire only, while they still manage the structure and the link
 * is unused and unexpired. Anyone else gets "not found": the link tells them nothing.
 */
export async function findMandateToSign(client: Tx | typeof db, userId: string, token: string, now: Date) {
  const mandate = await client.mandate.findUnique({
    where: { signatureTokenHash: hashToken(token) },
    select: { id: true, libelle: true, status: true, signataireId: true, signatureExpiresAt: true, structure: { select: { id: true, raisonSociale: true } } },
  });
  if (!mandate || mandate.signataireId !== userId) {
    throw notFound("Ce lien de signature ne correspond à aucun mandat que vous pouvez signer. Connectez-vous avec le compte du gestionnaire qui a souscrit le mandat.");
  }
  await requireGestionnaire(client, userId, mandate.structure.id);
  if (mandate.status === "ACTIF") throw new AppError("INVALID_TOKEN", "Ce mandat de facturation a déjà été signé : il est actif.");
  if (mandate.status === "REVOQUE") throw new AppError("INVALID_TOKEN", "Ce mandat de facturation a été révoqué : il ne peut plus être signé.");
  if (!mandate.signatureExpiresAt || mandate.signatureExpiresAt <= now) {
    throw new AppError(
      "INVALID_TOKEN",
      "Ce lien de signature a expiré (il est valable 7 jours). Révoquez le mandat en cours de validation dans Activités du gestionnaire, puis souscrivez-en un nouveau.",
    );
  }
  return mandate;
}
