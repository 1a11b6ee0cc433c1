// Rows of the pages' data (server components read these use cases): not entries of their own, but what every page of
// an espace shows must be read with "consultation" and never leak a foreign structure's items. A list row answers
// whether the list shows the cell's item.
import { getDepositFlux } from "@/features/invoices/batch/use-cases/get-deposit-flux.ts";
import { listDepositFlux } from "@/features/invoices/batch/use-cases/list-deposit-flux.ts";
import { getReceivedInvoice, listReceivedInvoices } from "@/features/invoices/received/index.ts";
import { searchSupplierInvoices } from "@/features/invoices/tracking/index.ts";
import { getFiscalList } from "@/features/invoices/fiscal-list/index.ts";
import { getInvoice } from "@/features/invoices/entry/use-cases/get-invoice.ts";
import { listSupplierInvoices } from "@/features/invoices/entry/use-cases/list-supplier-invoices.ts";
import { getInvoiceToValidate, listInvoicesToValidate } from "@/features/invoices/validation/index.ts";
import type { Rows } from "./rows.ts";

/** Whether what a list use case answered names the item. */
const shows = (result: unknown, id: string) => JSON.stringify(result, (_key, value) => (typeof value === "bigint" ? String(value) : value)).includes(id);

export const PAGE_ROWS: Rows = {
  "page /factures-emises": {
    reaches: "listSupplierInvoices (Factures à traiter)",
    access: { kind: "list", espace: "FACTURES_EMISES" },
    run: async (c) => shows(await listSupplierInvoices({ userId: c.userId, query: { pageSize: 100 } }), c.place.sentId),
  },
  "page /factures-emises/rechercher": {
    reaches: "searchSupplierInvoices (Rechercher)",
    access: { kind: "list", espace: "FACTURES_EMISES" },
    run: async (c) => shows(await searchSupplierInvoices({ userId: c.userId }), c.place.sentId),
  },
  "page /factures-emises/liste-fiscale": {
    reaches: "getFiscalList (Liste fiscale of one structure: a foreign one is not found)",
    access: { kind: "read", espace: "FACTURES_EMISES" },
    run: async (c) => {
      const list = await getFiscalList({ userId: c.userId, criteria: { structure: c.place.structureId, periode: "mois", annee: "2026", mois: "3" } });
      // Allowed, it must list the structure's sent invoice (of March 2026, with its Factur-X), and nothing else.
      if (!shows(list, c.place.sentId) || shows(list, c.place.draftId)) throw new Error("la liste fiscale ne montre pas la facture envoyée de la structure, ou montre son brouillon");
      return list;
    },
  },
  "page /factures-emises/[id]": { reaches: "getInvoice (the supplier's invoice page)", access: { kind: "read", espace: "FACTURES_EMISES" }, run: (c) => getInvoice({ userId: c.userId, invoiceId: c.place.sentId }) },
  "page /factures-emises/depot/flux": {
    reaches: "listDepositFlux (Suivi des flux)",
    access: { kind: "list", espace: "FACTURES_EMISES" },
    run: async (c) => shows(await listDepositFlux({ userId: c.userId, query: { pageSize: 100 } }), c.place.fluxId),
  },
  "page /factures-emises/depot/flux/[id]": { reaches: "getDepositFlux (a flux's compte rendu)", access: { kind: "read", espace: "FACTURES_EMISES" }, run: (c) => getDepositFlux({ userId: c.userId, fluxId: c.place.fluxId }) },
  "page /factures-recues": {
    reaches: "listReceivedInvoices (Factures reçues)",
    access: { kind: "list", espace: "FACTURES_RECUES" },
    run: async (c) => shows(await listReceivedInvoices({ userId: c.userId, filters: {} }), c.place.receivedId),
  },
  "page /factures-recues/[id]": { reaches: "getReceivedInvoice (the recipient's invoice page)", access: { kind: "read", espace: "FACTURES_RECUES" }, run: (c) => getReceivedInvoice({ userId: c.userId, invoiceId: c.place.receivedId }) },
  "page /factures-a-valider": {
    reaches: "listInvoicesToValidate (Factures à valider)",
    access: { kind: "list", espace: "FACTURES_A_VALIDER" },
    run: async (c) => shows(await listInvoicesToValidate({ userId: c.userId, filters: {} }), c.place.toValidateId),
  },
  "page /factures-a-valider/[id]": {
    reaches: "getInvoiceToValidate (the holder's invoice page)",
    access: { kind: "read", espace: "FACTURES_A_VALIDER" },
    run: (c) => getInvoiceToValidate({ userId: c.userId, invoiceId: c.place.toValidateId }),
  },
};
