import { Badge } from "@codegouvfr/react-dsfr/Badge";
import type { InvoiceStatus } from "@/generated/prisma/enums.ts";
import { formatDayAndTime, INVOICE_STATUS_LABELS } from "@/features/invoices/common/ui.ts";

type HistoryRow = { id: string; status: InvoiceStatus; actorName: string; motif: string | null; comment: string | null; createdAt: Date };

/** The colour of an état: refusals in red, what waits for the supplier in orange, payment and validation in green. */
const SEVERITY: Partial<Record<InvoiceStatus, "error" | "warning" | "success" | "info" | "new">> = {
  REJETEE: "error",
  REFUSEE_1: "error",
  SUSPENDUE: "warning",
  A_RECYCLER: "warning",
  VALIDEE_1: "success",
  MISE_EN_PAIEMENT: "success",
  BROUILLON: "new",
};

/**
 * "Historique" as a timeline, latest first: each état with its date, who set it (the platform when nobody did),
 * and the motif and comment the recipient or the holder gave, as the supplier must see them to act.
 */
export function InvoiceTimeline({ history }: { history: HistoryRow[] }) {
  const rows = [...history].reverse();
  return (
    <section aria-labelledby="titre-historique" className="fr-mt-3w">
      <h2 id="titre-historique" className="fr-h4">
        Historique
      </h2>
      {rows.length === 0 ? (
        <p>La facture n&apos;a pas encore été envoyée : son historique commence à son dépôt.</p>
      ) : (
        <ol className="fr-raw-list" aria-label="États successifs de la facture, du plus récent au plus ancien">
          {rows.map((row, index) => (
            <li
              key={row.id}
              className="fr-pl-3w fr-pb-3w"
              style={{
                position: "relative",
                borderLeft: `2px solid ${index === 0 ? "var(--border-action-high-blue-france)" : "var(--border-default-grey)"}`,
              }}
            >
              <span
                aria-hidden="true"
                style={{
                  position: "absolute",
                  left: "-0.45rem",
                  top: "0.3rem",
                  width: "0.8rem",
                  height: "0.8rem",
                  borderRadius: "50%",
                  background: index === 0 ? "var(--background-action-high-blue-france)" : "var(--background-default-grey)",
                  border: "2px solid var(--border-action-high-blue-france)",
                }}
              />
              <p className="fr-mb-1v">
                <Badge as="span" small noIcon severity={SEVERITY[row.status] ?? "info"}>
                  {INVOICE_STATUS_LABELS[row.status]}
                </Badge>{" "}
                <time className="fr-text--sm" dateTime={row.createdAt.toISOString()}>
                  le {formatDayAndTime(row.createdAt)}
                </time>
              </p>
              <p className="fr-text--sm fr-mb-1v">Par : {row.actorName || "la plateforme (traitement automatique)"}</p>
              {row.motif && (
                <p className="fr-text--sm fr-mb-1v">
                  <strong>Motif : </strong>
                  {row.motif}
                </p>
              )}
              {row.comment && (
                <blockquote className="fr-text--sm fr-mb-0 fr-pl-2w" style={{ whiteSpace: "pre-line", borderLeft: "3px solid var(--border-default-grey)" }}>
                  <span className="fr-sr-only">Commentaire : </span>
                  {row.comment}
                </blockquote>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
