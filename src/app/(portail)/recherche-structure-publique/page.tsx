import { DirectorySearch } from "@/features/directory/components/directory-search.tsx";
import { readDirectorySearch, type SearchParams } from "@/features/directory/index.ts";

export const metadata = { title: "Rechercher une structure publique" };

/** The public directory inside the portal (the signed-in layout checks the session). */
export default async function RechercheStructurePubliquePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  return (
    <>
      <h1>Rechercher une structure publique</h1>
      <DirectorySearch basePath="/recherche-structure-publique" search={await readDirectorySearch({ searchParams: await searchParams })} />
    </>
  );
}
