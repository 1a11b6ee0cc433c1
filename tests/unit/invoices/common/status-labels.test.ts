import { describe, expect, it } from "vitest";
import { DepositMode, InvoiceStatus } from "@/generated/prisma/enums.ts";
import { DEPOSIT_MODE_LABELS } from "@/features/invoices/common/rules/deposit-modes.ts";
import { INVOICE_STATUS_LABELS } from "@/features/invoices/common/rules/status-labels.ts";

describe("invoice status labels", () => {
  it("names every status of the lifecycle in French, each differently", () => {
    const statuses = Object.values(InvoiceStatus);
    expect(Object.keys(INVOICE_STATUS_LABELS).sort()).toEqual([...statuses].sort());
    expect(new Set(Object.values(INVOICE_STATUS_LABELS)).size).toBe(statuses.length);
  });

  it("uses the portal's wording", () => {
    expect(INVOICE_STATUS_LABELS.BROUILLON).toBe("Brouillon");
    expect(INVOICE_STATUS_LABELS.DEPOSEE).toBe("Déposée");
    expect(INVOICE_STATUS_LABELS.EN_COURS_ACHEMINEMENT).toBe("En cours d'acheminement vers le destinataire");
    expect(INVOICE_STATUS_LABELS.MISE_A_DISPOSITION).toBe("Mise à disposition du destinataire");
    expect(INVOICE_STATUS_LABELS.A_RECYCLER).toBe("À recycler");
    expect(INVOICE_STATUS_LABELS.MISE_EN_PAIEMENT).toBe("Mise en paiement");
  });

  it("names every mode de dépôt", () => {
    expect(Object.keys(DEPOSIT_MODE_LABELS).sort()).toEqual(Object.values(DepositMode).sort());
    expect(DEPOSIT_MODE_LABELS.SAISIE).toBe("Saisie sur le portail");
  });
});
