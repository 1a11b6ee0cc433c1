import type { ReactNode } from "react";
import { FacturesEmisesNav } from "@/features/invoices/view/factures-emises-nav.tsx";
import { requireEspace } from "@/server/auth/require-espace.ts";

/** Factures émises: the supplier's invoices, with the portal's sub-tabs above every page of the espace. */
export default async function FacturesEmisesLayout({ children }: { children: ReactNode }) {
  await requireEspace("FACTURES_EMISES");
  return (
    <>
      <FacturesEmisesNav />
      {children}
    </>
  );
}
