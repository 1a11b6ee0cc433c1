"use client";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import Link from "next/link";
import { useActionForm } from "@/components/forms/action-form.ts";
import { deleteReceivedSearchAction, saveReceivedSearchAction } from "../actions.ts";

type SavedSearch = { id: string; name: string; href: string };

function DeleteSearchForm({ search }: { search: SavedSearch }) {
  const { onSubmit, pending, state } = useActionForm(deleteReceivedSearchAction);
  return (
    <form onSubmit={onSubmit} className="fr-ml-2w">
      <input type="hidden" name="rechercheId" value={search.id} />
      <Button type="submit" priority="tertiary no outline" size="small" iconId="fr-icon-delete-line" disabled={pending} title={`Supprimer la recherche ${search.name}`}>
        Supprimer<span className="fr-sr-only"> la recherche {search.name}</span>
      </Button>
      {state.ok === false && state.message && <p className="fr-error-text">{state.message}</p>}
    </form>
  );
}

/**
 * « Mes recherches enregistrées »: the user's saved searches (Appliquer opens the list with their criteria, Supprimer
 * forgets one) and « Enregistrer cette recherche », the current criteria (`criteria`, a query string) under a name.
 */
export function SavedSearches({ searches, criteria }: { searches: SavedSearch[]; criteria: string }) {
  const { onSubmit, pending, state, errorOf } = useActionForm(saveReceivedSearchAction);
  return (
    <section aria-labelledby="titre-recherches-enregistrees" className="fr-mb-3w">
      <h2 id="titre-recherches-enregistrees" className="fr-h5">
        Mes recherches enregistrées
      </h2>
      {searches.length === 0 ? (
        <p className="fr-text--sm">Aucune recherche enregistrée.</p>
      ) : (
        <ul className="fr-raw-list fr-mb-2w">
          {searches.map((search) => (
            <li key={search.id} className="fr-grid-row fr-grid-row--middle">
              <Link className="fr-link" href={search.href}>
                {search.name}
                <span className="fr-sr-only"> : appliquer cette recherche</span>
              </Link>
              <DeleteSearchForm search={search} />
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={onSubmit} className="fr-grid-row fr-grid-row--bottom fr-grid-row--gutters">
        <input type="hidden" name="criteres" value={criteria} />
        <div className="fr-col-12 fr-col-md-6">
          <Input label="Nom de la recherche" hintText="Les critères actuels sont enregistrés sous ce nom" {...errorOf("nom")} nativeInputProps={{ name: "nom", maxLength: 80, required: true }} />
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <Button type="submit" priority="secondary" iconId="fr-icon-save-line" disabled={pending}>
            Enregistrer cette recherche
          </Button>
        </div>
      </form>
      <div aria-live="polite">{state.message && <Alert small severity={state.ok ? "success" : "error"} description={state.message} className="fr-mt-1w" />}</div>
    </section>
  );
}
