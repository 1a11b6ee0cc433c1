import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Pagination } from "@codegouvfr/react-dsfr/Pagination";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { Table } from "@codegouvfr/react-dsfr/Table";
import Link from "next/link";
import { resultCountLabel, searchQuery } from "../rules/labels.ts";
import { PAGE_SIZES } from "../schemas.ts";
import type { DirectorySearchView } from "../use-cases/read-directory-search.ts";

/**
 * "Recherche de destinataire": the form and, once submitted, the matching public structures, each with a
 * link to its page under `basePath`. Used by the public page and by the same page inside the portal, which read the
 * search with readDirectorySearch.
 */
export function DirectorySearch({ basePath, search }: { basePath: string; search: DirectorySearchView }) {
  const { criteria, errors, pageSize, result } = search;
  const query = (page: number) => searchQuery({ identifiant: criteria.identifiant, texte: criteria.texte, parPage: pageSize, page });

  return (
    <>
      <form method="get" action={basePath} role="search" aria-label="Recherche de structure publique" noValidate>
        <p className="fr-text--sm">(Le caractère * peut être utilisé pour remplacer n&apos;importe quelle chaîne de caractères.)</p>
        <div className="fr-grid-row fr-grid-row--gutters">
          <div className="fr-col-12 fr-col-md-4">
            <Input
              label="Siret / Identifiant"
              state={errors.identifiant ? "error" : "default"}
              stateRelatedMessage={errors.identifiant?.[0]}
              nativeInputProps={{ name: "identifiant", defaultValue: criteria.identifiant ?? "", inputMode: "text", autoComplete: "off" }}
            />
          </div>
          <div className="fr-col-12 fr-col-md-5">
            <Input
              label="Nom, Ville, Code Postal ou Raison Sociale"
              state={errors.texte ? "error" : "default"}
              stateRelatedMessage={errors.texte?.[0]}
              nativeInputProps={{ name: "texte", defaultValue: criteria.texte ?? "", autoComplete: "off" }}
            />
          </div>
          <div className="fr-col-12 fr-col-md-3">
            <Select label="Lignes par page" nativeSelectProps={{ name: "parPage", defaultValue: String(pageSize) }}>
              {PAGE_SIZES.map((size) => (
                <option key={size} value={size}>
                  {size} lignes par page
                </option>
              ))}
            </Select>
          </div>
        </div>
        <Button type="submit" iconId="fr-icon-search-line">
          Rechercher
        </Button>
      </form>

      {result && (
        <section aria-labelledby="titre-resultats" className="fr-mt-4w">
          <h2 id="titre-resultats" className="fr-h5" aria-live="polite">
            {resultCountLabel(result.total, result.more)}
          </h2>
          {result.structures.length > 0 && (
            <Table
              caption="Structures publiques trouvées"
              noCaption
              headers={["Siret", "Nom", "Code postal", "Ville", "Détail"]}
              data={result.structures.map((structure) => [
                structure.identifier,
                structure.raisonSociale,
                structure.codePostal,
                structure.ville,
                <Link key={structure.id} className="fr-link" href={`${basePath}/${encodeURIComponent(structure.identifier)}?${query(result.page)}`}>
                  Voir<span className="fr-sr-only"> {structure.raisonSociale}</span>
                </Link>,
              ])}
            />
          )}
          {result.pageCount > 1 && (
            <Pagination count={result.pageCount} defaultPage={result.page} showFirstLast getPageLinkProps={(page) => ({ href: `${basePath}?${query(page)}` })} />
          )}
        </section>
      )}
    </>
  );
}
