import { criteriaFrom, type SearchParams } from "@/features/directory/components/directory-search.tsx";
import { PublicStructureDetail } from "@/features/directory/components/public-structure-detail.tsx";
import { searchQuery } from "@/features/directory/rules/labels.ts";

export const metadata = { title: "Structure publique" };

export default async function StructurePubliquePage(props: { params: Promise<{ identifier: string }>; searchParams: Promise<SearchParams> }) {
  const { identifier } = await props.params;
  return (
    <main id="contenu" role="main" className="fr-container fr-py-6w" tabIndex={-1}>
      <PublicStructureDetail identifier={decodeURIComponent(identifier)} backHref={`/structures-publiques?${searchQuery(criteriaFrom(await props.searchParams))}`} />
    </main>
  );
}
