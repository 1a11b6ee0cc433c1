import { listSupplierEngagements } from "@/features/engagements/index.ts";
import { EngagementsTable } from "@/features/engagements/ui.ts";
import { requireUser } from "@/server/auth/session.ts";

export const metadata = { title: "Engagements — Factures émises" };

/** Factures émises › Engagements: what the public structures declared with the user's structures, to quote on invoices. */
export default async function SupplierEngagementsPage() {
  const user = await requireUser();
  const { suppliers, engagements } = await listSupplierEngagements({ userId: user.id });
  return (
    <>
      <h1>Engagements</h1>
      <p>
        Les engagements juridiques que les structures publiques ont déclarés avec{" "}
        {suppliers.map((supplier) => `${supplier.raisonSociale} (${supplier.identifier})`).join(", ") || "vos structures"} : citez leur numéro sur vos factures.
      </p>
      {engagements.length === 0 ? <p>Aucun engagement ne vous concerne.</p> : <EngagementsTable rows={engagements} viewpoint="FOURNISSEUR" caption="Vos engagements" />}
    </>
  );
}
