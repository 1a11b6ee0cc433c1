import { BankAccountForm } from "@/features/structures/components/bank-account-form.tsx";
import { addBankAccountAction } from "@/features/structures/actions.ts";
import { loadManagedStructure } from "../../load-managed-structure.ts";

export const metadata = { title: "Ajouter des coordonnées bancaires" };

export default async function NouveauCompteBancairePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { structure } = await loadManagedStructure(id);
  return (
    <>
      <h1>Ajouter des coordonnées bancaires</h1>
      <p>Structure : {structure.raisonSociale}</p>
      <BankAccountForm action={addBankAccountAction.bind(null, id)} />
    </>
  );
}
