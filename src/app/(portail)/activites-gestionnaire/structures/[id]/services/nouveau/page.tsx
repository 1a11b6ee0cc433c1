import { ServicesForm } from "@/features/structures/components/services-form.tsx";
import { createServiceAction } from "@/features/structures/actions.ts";
import { loadManagedStructure } from "../../load-managed-structure.ts";

export const metadata = { title: "Créer un service" };

export default async function NouveauServicePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { structure } = await loadManagedStructure(id);
  return (
    <>
      <h1>Créer un service</h1>
      <p>Structure : {structure.raisonSociale}</p>
      <ServicesForm action={createServiceAction.bind(null, id)} />
    </>
  );
}
