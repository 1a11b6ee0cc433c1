"use client";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { useEffect, useState, useTransition } from "react";
import { useWatch } from "react-hook-form";
import { holderTitle, useInvoiceForm } from "@/features/invoices/common/ui.ts";
import type { ContractHolder } from "../data/contract-holders.ts";
import { getContractHolderAction, searchContractHoldersAction } from "../actions.ts";

const describe = (holder: ContractHolder) => `${holder.raisonSociale} — ${holder.identifier} (${holder.codePostal} ${holder.ville})`;

/**
 * « Titulaire / mandataire du marché » of an A9 / A12 invoice: the private structures found by SIRET / identifier or
 * raison sociale (10 at most), one of them chosen; the invoice will go to it for validation before its recipient.
 */
export function ContractHolderField({ cadre }: { cadre: string }) {
  const { form, errorOf } = useInvoiceForm();
  const [holderId, supplierStructureId] = useWatch({ control: form.control, name: ["validatorStructureId", "supplierStructureId"] });
  const [holder, setHolder] = useState<ContractHolder | null>(null);
  const [query, setQuery] = useState("");
  const [found, setFound] = useState<ContractHolder[] | null>(null);
  const [searchError, setSearchError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const error = errorOf("validatorStructureId");

  // The holder a saved draft names: its name, once (later choices come from the search).
  useEffect(() => {
    if (!holderId || holder?.id === holderId) return;
    startTransition(async () => {
      const state = await getContractHolderAction(holderId);
      if (state.ok && state.holders?.[0]) setHolder(state.holders[0]);
      else form.setError("validatorStructureId", { message: state.message ?? "Titulaire ou mandataire introuvable." });
    });
  }, []);

  const search = () =>
    startTransition(async () => {
      const state = await searchContractHoldersAction({ query, excludeStructureId: supplierStructureId });
      setSearchError(state.ok ? undefined : state.message);
      setFound(state.ok ? (state.holders ?? []) : null);
    });
  const choose = (chosen: ContractHolder) => {
    setHolder(chosen);
    setFound(null);
    form.setValue("validatorStructureId", chosen.id, { shouldDirty: true });
    form.clearErrors("validatorStructureId");
  };

  const title = holderTitle(cadre);
  return (
    <div className={`fr-input-group${error ? " fr-input-group--error" : ""}`}>
      <p className="fr-label fr-text--bold fr-mb-0" id="titre-titulaire">
        Titulaire / mandataire du marché *
      </p>
      <p className="fr-hint-text fr-mb-1w">
        {cadre === "A12" ? "Le mandataire du groupement" : "Le titulaire du marché"} validera la facture avant qu&apos;elle soit transmise au destinataire.
      </p>
      <p className="fr-mb-1w" aria-live="polite">
        {holder && holder.id === holderId ? describe(holder) : holderId && pending ? "Chargement…" : `Aucun ${title} choisi.`}
      </p>
      {error && <p className="fr-error-text">{error}</p>}
      <form
        role="search"
        aria-labelledby="titre-titulaire"
        noValidate
        className="fr-mt-2w"
        onSubmit={(event) => {
          event.preventDefault();
          search();
        }}
      >
        <Input
          label="Siret / identifiant ou raison sociale"
          hintText="Le caractère * remplace n'importe quelle suite de caractères."
          state={searchError ? "error" : "default"}
          stateRelatedMessage={searchError}
          nativeInputProps={{ value: query, onChange: (event) => setQuery(event.target.value), autoComplete: "off" }}
        />
        <Button type="submit" priority="secondary" iconId="fr-icon-search-line" disabled={pending}>
          Rechercher
        </Button>
      </form>
      {found && (
        <div aria-live="polite" className="fr-mt-2w">
          {found.length === 0 ? (
            <p>Aucune structure privée active ne correspond à cette recherche.</p>
          ) : (
            <ul className="fr-raw-list">
              {found.map((candidate) => (
                <li key={candidate.id} className="fr-mb-1w">
                  {describe(candidate)}{" "}
                  <Button type="button" size="small" iconId="fr-icon-check-line" onClick={() => choose(candidate)} nativeButtonProps={{ "aria-label": `Choisir ${candidate.raisonSociale} (${candidate.identifier})` }}>
                    Choisir
                  </Button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
