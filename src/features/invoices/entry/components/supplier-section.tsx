"use client";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { friendlyFormatIBAN } from "ibantools";
import { useWatch } from "react-hook-form";
import type { InvoiceSupplier } from "../use-cases/list-invoice-suppliers.ts";
import { AddressLines, NO_BANK_DETAILS_NOTICE, ReadOnlyField, transferWithoutAccount } from "@/features/invoices/common/ui.ts";
import { ToCheck } from "./deposit-fields-to-check.tsx";
import { defaultBankAccountId } from "./new-invoice-values.ts";
import { useInvoiceForm } from "@/features/invoices/common/ui.ts";

type Account = InvoiceSupplier["bankAccounts"][number];

/** "FR76 3000 … — BIC … — Titulaire", as the list of "Références bancaires" shows an account. */
const accountLabel = (account: Account) =>
  `${friendlyFormatIBAN(account.iban)}${account.bic ? ` — BIC ${account.bic}` : ""} — ${account.titulaire}${account.affactureur ? " (affactureur)" : ""}`;

/**
 * "Fournisseur": the structure issuing the invoice (a choice when the user has several), its service and the account
 * the invoice is paid to, one of the structure's active accounts (only its gestionnaires add them). A structured
 * deposit pays to the account its file names.
 */
export function SupplierSection({ suppliers, fromFile = false }: { suppliers: InvoiceSupplier[]; fromFile?: boolean }) {
  const { form, errorProps } = useInvoiceForm();
  const [supplierId, bankAccountId, paymentMode] = useWatch({ control: form.control, name: ["supplierStructureId", "bankAccountId", "paymentMode"] });
  const supplier = suppliers.find((candidate) => candidate.id === supplierId);
  const fileAccount = fromFile ? supplier?.bankAccounts.find((account) => account.id === bankAccountId) : undefined;
  // A factor's account chosen in « Références bancaires »: the invoice is paid to its holder (the Factur-X's payee).
  const factorAccount = supplier?.bankAccounts.find((account) => account.id === bankAccountId && account.affactureur);

  return (
    <section className="fr-mb-4w" aria-labelledby="titre-fournisseur">
      <h2 id="titre-fournisseur" className="fr-h4">
        Fournisseur
        <ToCheck field="supplierStructureId" />
      </h2>
      {suppliers.length > 1 ? (
        <Select
          label="Raison sociale *"
          {...errorProps("supplierStructureId")}
          nativeSelectProps={form.register("supplierStructureId", {
            onChange: (event) => {
              form.setValue("supplierServiceId", "");
              form.setValue("bankAccountId", defaultBankAccountId(suppliers.find((candidate) => candidate.id === event.target.value)));
            },
          })}
        >
          {suppliers.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.raisonSociale}
            </option>
          ))}
        </Select>
      ) : null}
      {supplier && (
        <>
          {supplier.services.length > 0 && (
            <Select label="Service" {...errorProps("supplierServiceId")} nativeSelectProps={form.register("supplierServiceId")}>
              <option value="">Aucun service</option>
              {supplier.services.map((service) => (
                <option key={service.id} value={service.id}>
                  {service.code} - {service.libelle}
                </option>
              ))}
            </Select>
          )}
          <dl>
            {suppliers.length === 1 && <ReadOnlyField label="Raison sociale *">{supplier.raisonSociale}</ReadOnlyField>}
            <ReadOnlyField label="Adresse">
              <span style={{ display: "block" }}>{supplier.identifier}</span>
              <AddressLines address={supplier} />
            </ReadOnlyField>
            <ReadOnlyField label="Pays">{supplier.pays}</ReadOnlyField>
            {fromFile && (
              <ReadOnlyField label="Références bancaires">
                {fileAccount
                  ? accountLabel(fileAccount)
                  : bankAccountId
                    ? "Le compte du fichier n'est plus actif : un gestionnaire de la structure doit le réactiver avant l'envoi."
                    : "Aucun compte bancaire dans le fichier"}
              </ReadOnlyField>
            )}
          </dl>
          {!fromFile &&
            (supplier.bankAccounts.length > 0 ? (
              <Select
                label="Références bancaires"
                hint="Le compte sur lequel la facture est payée, parmi les comptes actifs de la structure."
                {...errorProps("bankAccountId")}
                nativeSelectProps={form.register("bankAccountId")}
              >
                {supplier.bankAccounts.map((account) => (
                  <option key={account.id} value={account.id}>
                    {accountLabel(account)}
                  </option>
                ))}
              </Select>
            ) : (
              <>
                <p className="fr-text--sm">Références bancaires : aucun compte bancaire actif.</p>
                {/* Not a refusal: the invoice is sent, paid on the account the buyer knows (decision 0011). */}
                {transferWithoutAccount(paymentMode, false) && <Alert className="fr-mb-3w" severity="info" small description={NO_BANK_DETAILS_NOTICE} />}
              </>
            ))}
        </>
      )}
      <Input
        label="Factor"
        hintText={
          factorAccount
            ? `Compte de l'affactureur choisi dans « Références bancaires » : la facture est payée à ${factorAccount.titulaire}, sauf autre nom saisi ici.`
            : "Facultatif : l'organisme d'affacturage à qui payer la facture."
        }
        {...errorProps("factor")}
        nativeInputProps={{ ...form.register("factor"), placeholder: factorAccount?.titulaire }}
      />
    </section>
  );
}
