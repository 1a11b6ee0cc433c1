import type { ReactNode } from "react";
import { FacturesEmisesNav } from "@/features/invoices/common/components/factures-emises-nav.tsx";
import { mayModifyEspace } from "@/features/structures/use-cases/may-modify-espace.ts";
import { requireEspace } from "@/features/structures/use-cases/require-espace.ts";

/** Factures émises: the supplier's invoices, with the portal's sub-tabs above every page of the espace. */
export default async function FacturesEmisesLayout({ children }: { children: ReactNode }) {
  const user = await requireEspace("FACTURES_EMISES");
  return (
    <>
      <FacturesEmisesNav mayModify={await mayModifyEspace({ userId: user.id, espace: "FACTURES_EMISES" })} />
      {children}
    </>
  );
}
