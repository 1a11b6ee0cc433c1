import { ConsultationOnlyAlert } from "@/features/invoices/common/components/consultation-only-alert.tsx";
import { todayInFrance } from "@/features/invoices/entry/components/today.ts";
import { WorksDocumentForm } from "@/features/invoices/works/components/works-document-form.tsx";
import { listUserStructures } from "@/features/structures/use-cases/list-user-structures.ts";
import { requireEspace } from "@/features/structures/use-cases/require-espace.ts";

export const metadata = { title: "Saisir un document de travaux" };

/** « Saisir un document »: for the structures whose Factures de travaux the user may change (the use case checks again). */
export default async function SaisirDocumentTravauxPage() {
  const user = await requireEspace("FACTURES_TRAVAUX");
  const suppliers = (await listUserStructures({ userId: user.id }))
    .filter((structure) => structure.rights.some(({ espace, right }) => espace === "FACTURES_TRAVAUX" && right === "MODIFICATION"))
    .map(({ id, raisonSociale, identifier }) => ({ id, raisonSociale, identifier }));
  return (
    <>
      <h1>Saisir un document de travaux</h1>
      {suppliers.length === 0 ? (
        <ConsultationOnlyAlert espace="FACTURES_TRAVAUX" what="saisir de document" title="Saisie impossible" />
      ) : (
        <WorksDocumentForm suppliers={suppliers} today={todayInFrance()} />
      )}
    </>
  );
}
