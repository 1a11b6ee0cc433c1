import { DirectorySearch } from "@/features/directory/components/directory-search.tsx";
import { readDirectorySearch, type SearchParams } from "@/features/directory/index.ts";

export const metadata = { title: "Rechercher une structure publique" };

/** The public directory, open to everyone (no account needed). */
export default async function StructuresPubliquesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  return (
    <main id="contenu" role="main" className="fr-container fr-py-6w" tabIndex={-1}>
      <h1>Rechercher une structure publique</h1>
      <DirectorySearch basePath="/structures-publiques" search={await readDirectorySearch({ searchParams: await searchParams })} />
    </main>
  );
}
