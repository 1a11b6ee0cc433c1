// What the pages read of a sollicitation: a list row, and the whole of it (thread, files, history) for its page.
import type { Prisma } from "@/generated/prisma/client.ts";

export const sollicitationRowSelect = {
  id: true,
  number: true,
  createdAt: true,
  category: true,
  subCategory: true,
  subject: true,
  status: true,
  statusChangedAt: true,
  addresseeKind: true,
  authorStructure: { select: { raisonSociale: true, identifier: true } },
  addresseeStructure: { select: { raisonSociale: true, identifier: true } },
  addresseeService: { select: { code: true, libelle: true } },
  invoice: { select: { id: true, sentNumber: true, invoiceNumber: true } },
} satisfies Prisma.SollicitationSelect;

export type SollicitationRow = Prisma.SollicitationGetPayload<{ select: typeof sollicitationRowSelect }>;

const fileSelect = { id: true, fileName: true, size: true, messageId: true } satisfies Prisma.SollicitationAttachmentSelect;
const personSelect = { prenom: true, nom: true } satisfies Prisma.UserSelect;

export const sollicitationDetailSelect = {
  ...sollicitationRowSelect,
  message: true,
  addresseeStructureId: true,
  author: { select: personSelect },
  invoice: { select: { id: true, sentNumber: true, invoiceNumber: true, status: true, supplierStructureId: true, recipientStructureId: true } },
  messages: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, side: true, body: true, createdAt: true, author: { select: personSelect } } },
  attachments: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: fileSelect },
  history: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, status: true, createdAt: true, actor: { select: personSelect } } },
} satisfies Prisma.SollicitationSelect;

export type SollicitationDetailRow = Prisma.SollicitationGetPayload<{ select: typeof sollicitationDetailSelect }>;
