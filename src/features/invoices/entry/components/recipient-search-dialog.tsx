"use client";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { createModal } from "@codegouvfr/react-dsfr/Modal";
import { Table } from "@codegouvfr/react-dsfr/Table";
import { useState, useTransition } from "react";
import type { DirectoryEntry, DirectoryPage } from "@/features/directory/ui.ts";
import { searchRecipientsAction } from "../actions.ts";
import { ClientPagination, linesPerPageLabel } from "./client-pagination.tsx";

export const recipientSearchDialog = createModal({ id: "recherche-destinataire", isOpenedByDefault: false });

type Criteria = { identifiant: string; texte: string };

/**
 * "Recherche de destinataire": the public directory searched by Siret / identifier or by name, town, postcode,
 * raison sociale (`*` as a wildcard), 5 lines per page; "Sélectionner" picks a structure and closes the dialog.
 */
export function RecipientSearchDialog({ onSelect }: { onSelect: (structure: DirectoryEntry) => void }) {
  const [criteria, setCriteria] = useState<Criteria>({ identifiant: "", texte: "" });
  const [result, setResult] = useState<DirectoryPage | null>(null);
  const [errors, setErrors] = useState<Record<string, string[] | undefined>>({});
  const [message, setMessage] = useState<string | undefined>();
  const [pending, startTransition] = useTransition();

  const search = (page: number) =>
    startTransition(async () => {
      const state = await searchRecipientsAction({ ...criteria, page, parPage: 5 });
      setErrors(state.fieldErrors ?? {});
      setMessage(state.ok ? undefined : state.message);
      setResult(state.ok && state.page ? state.page : null);
    });
  const errorProps = (name: keyof Criteria) => ({
    state: errors[name]?.[0] ? ("error" as const) : ("default" as const),
    stateRelatedMessage: errors[name]?.[0],
  });
  const select = (structure: DirectoryEntry) => {
    onSelect(structure);
    recipientSearchDialog.close();
  };

  return (
    <recipientSearchDialog.Component title="Recherche de destinataire" size="large">
      <form
        role="search"
        aria-label="Recherche de destinataire"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          search(1);
        }}
      >
        <p className="fr-text--sm">(Le caractère * peut être utilisé pour remplacer n&apos;importe quelle chaîne de caractères.)</p>
        <Input
          label="Siret / Identifiant"
          {...errorProps("identifiant")}
          nativeInputProps={{ value: criteria.identifiant, onChange: (event) => setCriteria({ ...criteria, identifiant: event.target.value }), autoComplete: "off" }}
        />
        <Input
          label="Nom, Ville, Code Postal ou Raison Sociale"
          {...errorProps("texte")}
          nativeInputProps={{ value: criteria.texte, onChange: (event) => setCriteria({ ...criteria, texte: event.target.value }), autoComplete: "off" }}
        />
        {message && !errors.identifiant && !errors.texte && <p className="fr-message fr-message--error">{message}</p>}
        <div className="fr-btns-group fr-btns-group--inline">
          <Button type="button" priority="secondary" onClick={() => recipientSearchDialog.close()}>
            ← Retour
          </Button>
          <Button type="submit" iconId="fr-icon-search-line" disabled={pending}>
            Rechercher
          </Button>
        </div>
      </form>
      <p className="fr-text--sm fr-mt-2w" aria-live="polite">
        {result?.more ? `Plus de ${result.total} structures : précisez votre recherche.` : linesPerPageLabel(result?.total ?? 0)}
      </p>
      {result && result.structures.length > 0 && (
        <>
          <Table
            noCaption
            fixed={false}
            headers={["Siret", "Nom", "Code postal", "Ville", "Sélection"]}
            data={result.structures.map((structure) => [
              structure.identifier,
              structure.raisonSociale,
              structure.codePostal,
              structure.ville,
              <Button
                key="select"
                type="button"
                size="small"
                iconId="fr-icon-check-line"
                nativeButtonProps={{ "aria-label": `Sélectionner ${structure.raisonSociale} (${structure.identifier})` }}
                onClick={() => select(structure)}
              >
                Sélectionner
              </Button>,
            ])}
          />
          <ClientPagination id="pagination-destinataires" count={result.pageCount} page={result.page} onChange={search} />
        </>
      )}
    </recipientSearchDialog.Component>
  );
}
