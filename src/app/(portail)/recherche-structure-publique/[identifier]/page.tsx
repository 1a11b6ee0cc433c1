import { criteriaFrom, type SearchParams } from "@/features/directory/components/directory-search.tsx";
import { PublicStructureDetail } from "@/features/directory/components/public-structure-detail.tsx";
import { searchQuery } from "@/features/directory/rules/labels.ts";

export const metadata = { title: "Structure publique" };

export default async function StructurePubliqueDuPortailPage(props: { params: Promise<{ identifier: string }>; searchParams: Promise<SearchParams> }) {
  const { identifier } = await props.params;
  return (
    <PublicStructureDetail identifier={decodeURIComponent(identifier)} backHref={`/recherche-structure-publique?${searchQuery(criteriaFrom(await props.searchParams))}`} />
  );
}
