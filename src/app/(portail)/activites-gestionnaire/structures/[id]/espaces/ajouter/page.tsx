import { EspacesAddForm } from "@/features/structures/components/espaces-add-form.tsx";
import { addEspacesAction } from "@/features/structures/actions.ts";
import { loadManagedStructure } from "../../load-managed-structure.ts";

export const metadata = { title: "Ajouter des espaces" };

export default async function AjouterEspacesPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { structure } = await loadManagedStructure(id);
  return (
    <>
      <h1>Ajouter des espaces ouverts à la structure ou au service de la structure</h1>
      <p>Structure : {structure.raisonSociale}</p>
      <EspacesAddForm
        services={structure.services.filter((s) => s.actif).map(({ id: serviceId, code, libelle }) => ({ id: serviceId, code, libelle }))}
        action={addEspacesAction.bind(null, id)}
      />
    </>
  );
}
