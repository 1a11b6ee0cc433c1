import { StructureSearchCriteria } from "@/features/rattachements/components/structure-search-criteria.tsx";
import { StructureSearchResults } from "@/features/rattachements/components/structure-search-results.tsx";
import { parseStructureSearch } from "@/features/rattachements/schemas/rattachement.ts";
import { searchStructures } from "@/features/rattachements/use-cases/search-structures.ts";
import { requireUser } from "@/server/auth/session.ts";

export const metadata = { title: "Demander un rattachement à une structure" };

const PATH = "/mon-compte/rattachements/demander";

export default async function DemanderRattachementPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const search = parseStructureSearch(await searchParams);
  const result = search.recherche ? await searchStructures({ userId: user.id, search }) : null;
  return (
    <>
      <h1>Demander un rattachement à une structure</h1>
      <p>
        Votre demande est adressée aux gestionnaires de la structure, qui l&apos;acceptent ou la refusent. Si la structure n&apos;a aucun gestionnaire (une
        structure publique de l&apos;annuaire, par exemple), votre demande est transmise à l&apos;administration de la plateforme, avec une justification et
        une pièce justificative que nous vous demanderons.
      </p>
      <StructureSearchCriteria search={search} action={PATH} />
      {result && <StructureSearchResults search={search} result={result} path={PATH} exportPath={`${PATH}/export`} />}
    </>
  );
}
