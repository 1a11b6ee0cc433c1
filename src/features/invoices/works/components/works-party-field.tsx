"use client";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { useState, useTransition } from "react";
import { findWorksPartyAction } from "../actions.ts";
import type { WorksParty } from "../use-cases/find-works-party.ts";

type Props = {
  /** The structure's role, in the labels: « de la maîtrise d'œuvre », « du maître d'ouvrage »… */
  of: string;
  /** The form's field that carries the chosen structure's id, and its error from the server. */
  name: string;
  error?: string;
  hint?: string;
  required?: boolean;
  /** The field of the chosen structure's service (the MOA's), with its error. */
  service?: { name: string; error?: string };
};

/**
 * A party of the works form named by its SIRET: « Rechercher » finds the active structure (its raison sociale shown,
 * its id posted with the form), and for the MOA the list of its services. Enter in the SIRET searches too.
 */
export function WorksPartyField({ of, name, error, hint, required = true, service }: Props) {
  const [identifier, setIdentifier] = useState("");
  const [party, setParty] = useState<WorksParty | null>(null);
  const [searchError, setSearchError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const label = `SIRET ${of}${required ? " *" : ""}`;

  const search = () =>
    startTransition(async () => {
      const state = await findWorksPartyAction({ identifier });
      setParty(state.ok && state.party ? state.party : null);
      setSearchError(state.ok ? undefined : (state.fieldErrors?.identifier?.[0] ?? state.message));
    });
  const message = searchError ?? (party ? undefined : error);

  return (
    <div className="fr-mb-3w">
      <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
        <div className="fr-col-12 fr-col-md-8">
          <Input
            className="fr-mb-0"
            label={label}
            hintText={hint}
            state={message ? "error" : "default"}
            stateRelatedMessage={message}
            nativeInputProps={{
              value: identifier,
              autoComplete: "off",
              inputMode: "numeric",
              onChange: (event) => {
                setIdentifier(event.target.value);
                if (party) setParty(null);
              },
              onKeyDown: (event) => {
                if (event.key !== "Enter") return;
                event.preventDefault();
                search();
              },
            }}
          />
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <Button type="button" priority="secondary" iconId="fr-icon-search-line" disabled={pending} onClick={search} nativeButtonProps={{ "aria-label": `Rechercher le SIRET ${of}` }}>
            Rechercher
          </Button>
        </div>
      </div>
      <input type="hidden" name={name} value={party?.id ?? ""} />
      <p className="fr-text--sm fr-mt-1w fr-mb-1w" aria-live="polite">
        {pending ? "Recherche…" : party ? `${party.raisonSociale} — ${party.identifier}` : ""}
      </p>
      {service && party && (
        <Select label={`Service ${of}`} state={service.error ? "error" : "default"} stateRelatedMessage={service.error} nativeSelectProps={{ name: service.name, defaultValue: "" }}>
          <option value="">Aucun service</option>
          {party.services.map((entry) => (
            <option key={entry.id} value={entry.id}>
              {entry.libelle} ({entry.code})
            </option>
          ))}
        </Select>
      )}
    </div>
  );
}
