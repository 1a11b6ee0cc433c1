import type { ReactNode } from "react";
import { FacturesRecuesNav } from "@/features/invoices/received/ui.ts";
import { requireEspace } from "@/features/structures/use-cases/require-espace.ts";

/** Factures reçues: the public structure's staff process the invoices addressed to it (403 without the espace). */
export default async function FacturesRecuesLayout({ children }: { children: ReactNode }) {
  await requireEspace("FACTURES_RECUES");
  return (
    <>
      <FacturesRecuesNav />
      {children}
    </>
  );
}
