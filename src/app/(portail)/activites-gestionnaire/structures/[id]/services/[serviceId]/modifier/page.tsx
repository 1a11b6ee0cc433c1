import { notFound } from "next/navigation";
import { ServicesForm } from "@/features/structures/components/services-form.tsx";
import { updateServiceAction } from "@/features/structures/actions.ts";
import { loadManagedStructure } from "../../../load-managed-structure.ts";

export const metadata = { title: "Modifier le service" };

export default async function ModifierServicePage({ params }: { params: Promise<{ id: string; serviceId: string }> }) {
  const { id, serviceId } = await params;
  const { structure } = await loadManagedStructure(id);
  const service = structure.services.find((s) => s.id === serviceId);
  if (!service) notFound();
  return (
    <>
      <h1>Modifier le service {service.code}</h1>
      <p>Structure : {structure.raisonSociale}</p>
      <ServicesForm service={service} action={updateServiceAction.bind(null, id, serviceId)} />
    </>
  );
}
