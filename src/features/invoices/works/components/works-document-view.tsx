import { CADRE_LABELS, formatAmount, formatDay, formatDayAndTime } from "@/features/invoices/common/ui.ts";
import type { WorksDocumentDetail } from "../data/works-document-detail.ts";
import { WORKS_DOCUMENT_TYPE_LABELS } from "../rules/works-cadres.ts";
import { WORKS_STATUS_LABELS } from "../rules/works-labels.ts";

type Amounts = WorksDocumentDetail["supplierAmounts"];

const AMOUNT_ROWS: readonly { key: keyof Amounts; label: string }[] = [
  { key: "worksToDate", label: "Montant cumulé des travaux exécutés à date" },
  { key: "previousStatements", label: "Cumul des décomptes précédents" },
  { key: "monthWorks", label: "Travaux de la période" },
  { key: "retention", label: "Retenue de garantie" },
  { key: "advanceRepayment", label: "Remboursement de l'avance" },
  { key: "net", label: "Montant net HT" },
  { key: "vat", label: "TVA" },
  { key: "gross", label: "Montant TTC à payer" },
];

const euros = (amount: string) => `${formatAmount(amount)} €`;

function Facts({ facts }: { facts: [string, string][] }) {
  return (
    <dl className="fr-grid-row fr-grid-row--gutters fr-mb-2w">
      {facts.map(([label, value]) => (
        <div key={label} className="fr-col-12 fr-col-md-4">
          <dt className="fr-text--bold fr-mb-0">{label}</dt>
          <dd className="fr-m-0">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The header of a works document: its type and number, status, cadre, marché, and the MOE's deadline while it waits. */
export function WorksDocumentHeader({ document }: { document: WorksDocumentDetail }) {
  return (
    <>
      <h1>
        {WORKS_DOCUMENT_TYPE_LABELS[document.documentType]} n° {document.number}
      </h1>
      <Facts
        facts={[
          ["Statut", WORKS_STATUS_LABELS[document.status]],
          ["Cadre de facturation", CADRE_LABELS[document.cadre]],
          ["Numéro de marché", document.marketNumber],
          ["Situation n°", String(document.statementNumber)],
          ["Date du document", formatDay(document.documentDate)],
          ["Date de dépôt", formatDay(document.sentAt) || "Non déposé"],
        ]}
      />
      {document.moeDeadline && (
        <p className={document.overdue ? "fr-badge fr-badge--error fr-mb-2w" : "fr-badge fr-badge--info fr-mb-2w"}>
          {document.overdue ? "Délai de la maîtrise d'œuvre dépassé : " : "À traiter par la maîtrise d'œuvre avant le "}
          {formatDayAndTime(document.moeDeadline)}
        </p>
      )}
    </>
  );
}

/** « Acteurs »: the supplier, the MOE, the MOA (and its service), the titulaire of a sous-traitant or cotraitant. */
export function WorksParties({ document }: { document: WorksDocumentDetail }) {
  const party = (structure: { raisonSociale: string; identifier: string } | null | undefined) => (structure ? `${structure.raisonSociale} (${structure.identifier})` : "");
  const facts: [string, string][] = [
    ["Fournisseur", party(document.supplier)],
    ["Maîtrise d'œuvre", party(document.moe) || "Aucune (document adressé au maître d'ouvrage)"],
    ["Maître d'ouvrage", party(document.moa) + (document.moaService ? ` — service ${document.moaService.code}` : "")],
  ];
  if (document.titulaire) facts.push(["Titulaire du marché", party(document.titulaire)]);
  return (
    <section aria-labelledby="titre-acteurs" className="fr-mt-3w">
      <h2 id="titre-acteurs" className="fr-h4">
        Acteurs
      </h2>
      <Facts facts={facts} />
    </section>
  );
}

/**
 * « Montants »: the statement as the supplier submitted it, and as the maîtrise d'œuvre admitted it (the amounts the MOA
 * pays and the next statement carries), each corrected amount marked, with the MOE's comment.
 */
export function WorksAmounts({ document }: { document: WorksDocumentDetail }) {
  const admitted = document.admittedAmounts;
  const decided = document.moeDecidedAt !== null && document.moeDecidedAt !== undefined;
  return (
    <section aria-labelledby="titre-montants" className="fr-mt-3w">
      <h2 id="titre-montants" className="fr-h4">
        Montants
      </h2>
      <div className="fr-table fr-table--no-caption">
        <table>
          <caption>Montants du document</caption>
          <thead>
            <tr>
              <th scope="col">Montant</th>
              <th scope="col">Proposé par le fournisseur</th>
              <th scope="col">Admis par la maîtrise d&apos;œuvre</th>
            </tr>
          </thead>
          <tbody>
            {AMOUNT_ROWS.map(({ key, label }) => {
              const corrected = decided && admitted[key] !== document.supplierAmounts[key];
              return (
                <tr key={key}>
                  <th scope="row">{label}</th>
                  <td>{euros(document.supplierAmounts[key])}</td>
                  <td>
                    {decided ? euros(admitted[key]) : "—"}
                    {corrected && <span className="fr-badge fr-badge--sm fr-badge--warning fr-ml-1w">Corrigé</span>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {document.moeComment && (
        <div className="fr-callout fr-mt-2w">
          <h3 className="fr-callout__title fr-h6">Commentaire de la maîtrise d&apos;œuvre</h3>
          <p className="fr-callout__text">{document.moeComment}</p>
        </div>
      )}
    </section>
  );
}
