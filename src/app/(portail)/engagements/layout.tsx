import type { ReactNode } from "react";
import { requireEspace } from "@/features/structures/use-cases/require-espace.ts";

/** Engagements: a public structure's engagements juridiques with its suppliers (403 without the espace). */
export default async function EngagementsLayout({ children }: { children: ReactNode }) {
  await requireEspace("ENGAGEMENTS");
  return <>{children}</>;
}
