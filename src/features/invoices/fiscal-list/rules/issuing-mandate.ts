// Which billing mandate an invoice was issued under: the one in force when it was sent (signed before, not revoked
// yet). Invoice entry requires an Actif mandate inside the sending transaction and a structure holds one at a time, so
// there is exactly one for a private supplier; a public structure issues its own invoices and has none. Pure.
export type MandateSpan = { id: string; libelle: string; signedAt: Date | null; revokedAt: Date | null };

export function issuingMandate<M extends MandateSpan>(mandates: readonly M[], sentAt: Date): M | null {
  let found: M | null = null;
  for (const mandate of mandates) {
    if (!mandate.signedAt || mandate.signedAt > sentAt) continue;
    if (mandate.revokedAt && mandate.revokedAt <= sentAt) continue;
    if (!found || found.signedAt! < mandate.signedAt) found = mandate;
  }
  return found;
}
