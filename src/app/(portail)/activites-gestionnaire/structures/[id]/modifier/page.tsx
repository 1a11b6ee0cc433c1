import { StructurePageEditForm } from "@/features/structures/components/structure-page-edit-form.tsx";
import { IDENTIFIER_TYPE_LABELS } from "@/features/structures/rules/labels.ts";
import { updateStructureAction } from "@/features/structures/actions.ts";
import { loadManagedStructure } from "../load-managed-structure.ts";

export const metadata = { title: "Modifier la structure" };

export default async function ModifierStructurePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { structure } = await loadManagedStructure(id);
  // The form needs the structure's own fields only, not its services, espaces and users.
  const { services: _services, espaces: _espaces, rattachements: _users, ...fields } = structure;
  return (
    <>
      <h1>Modifier la structure</h1>
      <p>Complétez puis enregistrez.</p>
      <StructurePageEditForm structure={fields} identifierTypeLabel={IDENTIFIER_TYPE_LABELS[structure.identifierType]} action={updateStructureAction.bind(null, id)} />
    </>
  );
}
