import { INVOICE_STATUS_LABELS } from "../rules/status-labels.ts";
import type { InvoiceStatus } from "@/generated/prisma/enums.ts";
import { formatDayAndTime } from "../rules/invoice-dates.ts";

/** One step of an invoice's history (a works document's too), with the name of who took it ("" or null: the platform). */
export type HistoryRow = { id: string; status: InvoiceStatus; createdAt: Date; actorName: string | null; motif: string | null; comment: string | null };

/** "Historique": every status the invoice went through, oldest first, with who set it and why. */
export function InvoiceHistory({ history }: { history: readonly HistoryRow[] }) {
  return (
    <section aria-labelledby="titre-historique" className="fr-mt-3w">
      <h2 id="titre-historique" className="fr-h4">
        Historique
      </h2>
      {history.length === 0 ? (
        <p>La facture n&apos;a pas encore été envoyée : son historique commence à son dépôt.</p>
      ) : (
        <ol className="fr-raw-list" style={{ borderLeft: "2px solid var(--border-default-blue-france)" }}>
          {history.map((row) => (
            <li key={row.id} className="fr-pl-3w fr-pb-2w">
              <p className="fr-mb-0">
                <time dateTime={row.createdAt.toISOString()}>{formatDayAndTime(row.createdAt)}</time> —{" "}
                <strong>{INVOICE_STATUS_LABELS[row.status]}</strong>
              </p>
              <dl className="fr-text--sm fr-mb-0">
                {[
                  ["Acteur", row.actorName || "Plateforme"],
                  ["Motif", row.motif],
                  ["Commentaire", row.comment],
                ]
                  .filter((entry): entry is [string, string] => Boolean(entry[1]))
                  .map(([label, value]) => (
                    <div key={label}>
                      <dt style={{ display: "inline" }}>{label} : </dt>
                      <dd style={{ display: "inline" }} className="fr-m-0">
                        {value}
                      </dd>
                    </div>
                  ))}
              </dl>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
