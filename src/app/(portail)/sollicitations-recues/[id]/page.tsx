import { getSollicitation } from "@/features/sollicitations/index.ts";
import { SollicitationPage } from "@/features/sollicitations/ui.ts";
import { requireUser } from "@/server/auth/session.ts";
import { findOr404 } from "@/server/find-or-404.ts";

export const metadata = { title: "Consulter une sollicitation reçue" };

type Query = { repondue?: string; priseEnCharge?: string };

/** A sollicitation addressed to the user's public structure: the thread, Prendre en charge, Répondre. */
export default async function SollicitationRecuePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Query> }) {
  const user = await requireUser();
  const { id } = await params;
  const query = await searchParams;
  const { sollicitation, mayModify } = await findOr404([id], () => getSollicitation({ userId: user.id, sollicitationId: id, viewpoint: "RECUES" }));
  const notice = (Object.keys(query) as (keyof Query)[]).find((key) => query[key] === "1");
  // The invoice as the recipient reads it, when it was addressed to this structure.
  const invoiceHref =
    sollicitation.invoice && sollicitation.invoice.recipientStructureId === sollicitation.addresseeStructureId ? `/factures-recues/${sollicitation.invoice.id}` : undefined;
  return <SollicitationPage sollicitation={sollicitation} viewpoint="RECUES" mayModify={mayModify} notice={notice} invoiceHref={invoiceHref} />;
}
