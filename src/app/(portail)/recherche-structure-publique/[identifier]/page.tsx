import { PublicStructureDetail } from "@/features/directory/components/public-structure-detail.tsx";
import { criteriaFrom, getPublicStructure, searchQuery, type SearchParams } from "@/features/directory/index.ts";
import { findOr404 } from "@/server/find-or-404.ts";

export const metadata = { title: "Structure publique" };

export default async function StructurePubliqueDuPortailPage(props: { params: Promise<{ identifier: string }>; searchParams: Promise<SearchParams> }) {
  const { identifier } = await props.params;
  const structure = await findOr404([], () => getPublicStructure({ identifier: decodeURIComponent(identifier) }));
  return (
    <PublicStructureDetail structure={structure} backHref={`/recherche-structure-publique?${searchQuery(criteriaFrom(await props.searchParams))}`} />
  );
}
