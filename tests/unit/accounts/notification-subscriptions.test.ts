import { describe, expect, it } from "vitest";
import { PRINCIPAL_KEEPS_INVOICE_STATUSES, subscriptionsOf, subscriptionsRefusal } from "@/features/accounts/rules/notification-subscriptions.ts";
import { notificationSubscriptionsSchema } from "@/features/accounts/schemas.ts";

describe("Mon compte > Abonnements", () => {
  it("a topic never chosen is e-mailed at once", () => {
    expect(subscriptionsOf([])).toEqual({ STATUT_FACTURE: "IMMEDIATEMENT", SOLLICITATION: "IMMEDIATEMENT", RATTACHEMENT: "IMMEDIATEMENT" });
    expect(subscriptionsOf([{ topic: "SOLLICITATION", delivery: "AUCUN" }])).toEqual({ STATUT_FACTURE: "IMMEDIATEMENT", SOLLICITATION: "AUCUN", RATTACHEMENT: "IMMEDIATEMENT" });
  });

  it("the form needs a choice per topic, among the three, and carries nothing else (no user id)", () => {
    const parsed = notificationSubscriptionsSchema.safeParse({ STATUT_FACTURE: "SYNTHESE_QUOTIDIENNE", SOLLICITATION: "AUCUN", RATTACHEMENT: "IMMEDIATEMENT", userId: "someone-else" });
    expect(parsed.success && parsed.data).toEqual({ STATUT_FACTURE: "SYNTHESE_QUOTIDIENNE", SOLLICITATION: "AUCUN", RATTACHEMENT: "IMMEDIATEMENT" });
    const refused = notificationSubscriptionsSchema.safeParse({ STATUT_FACTURE: "HEBDOMADAIRE", SOLLICITATION: "AUCUN" });
    expect(refused.success).toBe(false);
    expect(refused.error?.flatten().fieldErrors).toEqual({
      STATUT_FACTURE: ["Choisissez comment recevoir ces notifications."],
      RATTACHEMENT: ["Choisissez comment recevoir ces notifications."],
    });
  });

  it("a gestionnaire principal may not turn the invoice statuses off (the real portal's rule), only have them daily", () => {
    const off = { STATUT_FACTURE: "AUCUN", SOLLICITATION: "AUCUN", RATTACHEMENT: "AUCUN" } as const;
    expect(subscriptionsRefusal(off, true)).toEqual({ field: "STATUT_FACTURE", message: PRINCIPAL_KEEPS_INVOICE_STATUSES });
    expect(subscriptionsRefusal(off, false)).toBeNull();
    expect(subscriptionsRefusal({ ...off, STATUT_FACTURE: "SYNTHESE_QUOTIDIENNE" }, true)).toBeNull();
  });
});
