import { StructureUsersForm } from "@/features/rattachements/components/structure-users-form.tsx";
import { attachUserAction } from "@/features/rattachements/actions.ts";
import { loadManagedStructure } from "../../load-managed-structure.ts";

export const metadata = { title: "Rattacher un utilisateur" };

export default async function RattacherUtilisateurPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { acting, structure } = await loadManagedStructure(id);
  return (
    <>
      <h1>Rattacher un utilisateur</h1>
      <p>Structure : {structure.raisonSociale}</p>
      <StructureUsersForm
        action={attachUserAction.bind(null, id)}
        services={structure.services.filter((s) => s.actif)}
        openEspaces={[...new Set(structure.espaces.map((e) => e.espace))]}
        canNamePrincipal={acting.role === "GESTIONNAIRE_PRINCIPAL"}
      />
    </>
  );
}
