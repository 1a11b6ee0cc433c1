import { Alert } from "@codegouvfr/react-dsfr/Alert";
import type { Espace } from "@/generated/prisma/enums.ts";
import { consultationOnlyMessage, ESPACE_LABELS } from "@/features/structures/ui.ts";

/** Why a page that changes something shows no form: the user may only read the espace. */
export function ConsultationOnlyAlert({ espace, what, title }: { espace: Espace; what: string; title: string }) {
  return <Alert className="fr-mb-3w" severity="info" title={title} description={consultationOnlyMessage(ESPACE_LABELS[espace], what)} />;
}
