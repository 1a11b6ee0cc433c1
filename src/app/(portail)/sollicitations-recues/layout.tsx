import type { ReactNode } from "react";
import { requireEspace } from "@/features/structures/use-cases/require-espace.ts";

/** Sollicitations reçues: the questions addressed to the user's public structures (403 without the espace). */
export default async function SollicitationsRecuesLayout({ children }: { children: ReactNode }) {
  await requireEspace("SOLLICITATIONS_RECUES");
  return <>{children}</>;
}
