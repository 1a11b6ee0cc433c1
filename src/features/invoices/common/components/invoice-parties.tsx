import { AddressLines, ReadOnlyField } from "./address-lines.tsx";
import type { InvoiceDetail } from "@/features/invoices/common/data/invoice-detail.ts";

const service = (value: { code: string; libelle: string } | null) => (value ? `${value.code} - ${value.libelle}` : "Aucun");
/** "FR76 3000 …": the IBAN by groups of 4, as the portal prints bank details. */
const groupedIban = (iban: string) => iban.replace(/(.{4})(?=.)/g, "$1 ");

/** "Destinataire" and "Fournisseur" as they were when the invoice was entered (bank details copied then). */
export function InvoiceParties({ invoice }: { invoice: InvoiceDetail }) {
  const { recipient, supplier } = invoice;
  return (
    <div className="fr-grid-row fr-grid-row--gutters">
      <section className="fr-col-12 fr-col-md-6" aria-labelledby="titre-destinataire">
        <h2 id="titre-destinataire" className="fr-h4">
          Destinataire
        </h2>
        {recipient ? (
          <dl>
            <ReadOnlyField label="Raison sociale">{recipient.raisonSociale}</ReadOnlyField>
            <ReadOnlyField label="Siret / Identifiant">{recipient.identifier}</ReadOnlyField>
            <ReadOnlyField label="Service">{service(invoice.recipientService)}</ReadOnlyField>
            <ReadOnlyField label="Adresse">
              <AddressLines address={recipient} withCountry />
            </ReadOnlyField>
          </dl>
        ) : (
          <p>Aucun destinataire choisi.</p>
        )}
      </section>
      <section className="fr-col-12 fr-col-md-6" aria-labelledby="titre-fournisseur">
        <h2 id="titre-fournisseur" className="fr-h4">
          Fournisseur
        </h2>
        <dl>
          <ReadOnlyField label="Raison sociale">{supplier.raisonSociale}</ReadOnlyField>
          <ReadOnlyField label="Identifiant">{supplier.identifier}</ReadOnlyField>
          <ReadOnlyField label="Service">{service(invoice.supplierService)}</ReadOnlyField>
          <ReadOnlyField label="Adresse">
            <AddressLines address={supplier} withCountry />
          </ReadOnlyField>
          <ReadOnlyField label="Références bancaires">
            {invoice.iban ? `${groupedIban(invoice.iban)}${invoice.bic ? ` (BIC ${invoice.bic})` : ""}` : "Aucune coordonnée bancaire"}
          </ReadOnlyField>
          <ReadOnlyField label="Factor">{invoice.factorName || "Aucun"}</ReadOnlyField>
        </dl>
      </section>
    </div>
  );
}
