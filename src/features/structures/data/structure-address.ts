import type { Prisma } from "@/generated/prisma/client.ts";

/** A structure's postal address, as an invoice, the directory and the structure pages show it: one select for all of them. */
export const structureAddressSelect = {
  adresse: true,
  complementAdresse1: true,
  complementAdresse2: true,
  codePostal: true,
  ville: true,
  pays: true,
} as const satisfies Prisma.StructureSelect;
