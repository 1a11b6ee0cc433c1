import { notFound } from "next/navigation";
import { BankAccountForm } from "@/features/structures/components/bank-account-form.tsx";
import { updateBankAccountAction } from "@/features/structures/actions.ts";
import { loadManagedStructure } from "../../../load-managed-structure.ts";

export const metadata = { title: "Modifier les coordonnées bancaires" };

export default async function ModifierCompteBancairePage({ params }: { params: Promise<{ id: string; bankAccountId: string }> }) {
  const { id, bankAccountId } = await params;
  const { structure } = await loadManagedStructure(id);
  const account = structure.bankAccounts.find((candidate) => candidate.id === bankAccountId);
  if (!account) notFound();
  return (
    <>
      <h1>Modifier les coordonnées bancaires</h1>
      <p>Structure : {structure.raisonSociale}</p>
      <BankAccountForm account={account} action={updateBankAccountAction.bind(null, id, bankAccountId)} />
    </>
  );
}
