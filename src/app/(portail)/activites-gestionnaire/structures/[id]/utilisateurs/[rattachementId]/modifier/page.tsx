import { notFound } from "next/navigation";
import { StructureUsersForm } from "@/features/rattachements/components/structure-users-form.tsx";
import { updateUserRattachementAction } from "@/features/rattachements/actions.ts";
import { loadManagedStructure } from "../../../load-managed-structure.ts";

export const metadata = { title: "Modifier un utilisateur" };

export default async function ModifierUtilisateurPage({ params }: { params: Promise<{ id: string; rattachementId: string }> }) {
  const { id, rattachementId } = await params;
  const { acting, structure } = await loadManagedStructure(id);
  const rattachement = structure.rattachements.find((r) => r.id === rattachementId);
  if (!rattachement) notFound();
  return (
    <>
      <h1>
        Modifier l&apos;utilisateur {rattachement.user.prenom} {rattachement.user.nom}
      </h1>
      <p>Structure : {structure.raisonSociale}</p>
      <StructureUsersForm
        action={updateUserRattachementAction.bind(null, id, rattachementId)}
        services={structure.services.filter((s) => s.actif || rattachement.services.some((r) => r.serviceId === s.id))}
        openEspaces={[...new Set(structure.espaces.map((e) => e.espace))]}
        canNamePrincipal={acting.role === "GESTIONNAIRE_PRINCIPAL"}
        current={{
          role: rattachement.role,
          serviceIds: rattachement.services.map((s) => s.serviceId),
          espaces: rattachement.espaces.filter((e) => e.consultation || e.modification).map((e) => e.espace),
          modification: rattachement.espaces.filter((e) => e.modification).map((e) => e.espace),
        }}
      />
    </>
  );
}
