// The platform's routing verdict: made available when the recipient's rules still hold, À recycler with the reasons
// otherwise; and the routing job's key, one per passage through DEPOSEE / VALIDEE_1.
import { describe, expect, it } from "vitest";
import type { EngagementFormat } from "@/features/directory/rules/engagement-format.ts";
import { routingKey, routingVerdict, UNKNOWN_RECIPIENT_MOTIF } from "@/features/invoices/lifecycle/rules/routing.ts";

const SERVICE = "7b1f3c2e-0d7e-4a51-9a39-3f0f1e2a4b5c";
const recipient = (overrides = {}) => ({
  serviceObligatoire: true,
  engagementObligatoire: false,
  engagementFormat: { charset: "CHIFFRES", minLength: 5, maxLength: 6, prefix: null } as EngagementFormat | null,
  services: [{ id: SERVICE, engagementObligatoire: true }],
  ...overrides,
});

describe("routingVerdict", () => {
  it("makes the invoice available when its service is active and its engagement fits", () => {
    expect(routingVerdict({ recipientServiceId: SERVICE, engagementNumber: "91821" }, recipient())).toEqual({ action: "METTRE_A_DISPOSITION" });
    expect(routingVerdict({ recipientServiceId: null, engagementNumber: null }, recipient({ serviceObligatoire: false, engagementFormat: null, services: [] }))).toEqual({
      action: "METTRE_A_DISPOSITION",
    });
  });

  it("sends it back with every reason when the recipient's rules no longer hold", () => {
    expect(routingVerdict({ recipientServiceId: SERVICE, engagementNumber: "91821" }, null)).toEqual({
      action: "RENVOYER_A_RECYCLER",
      motif: `Acheminement impossible : ${UNKNOWN_RECIPIENT_MOTIF}`,
    });
    expect(routingVerdict({ recipientServiceId: SERVICE, engagementNumber: null }, recipient())).toEqual({
      action: "RENVOYER_A_RECYCLER",
      motif: "Acheminement impossible : Le numéro d'engagement est obligatoire pour ce destinataire.",
    });
    expect(routingVerdict({ recipientServiceId: SERVICE, engagementNumber: "EJ12" }, recipient({ services: [] }))).toEqual({
      action: "RENVOYER_A_RECYCLER",
      motif: "Acheminement impossible : Ce service n'appartient pas au destinataire ou n'est plus actif. Le numéro d'engagement doit comporter 5 ou 6 chiffres.",
    });
  });

  it("adds the engagement's problem (engagements area) only when the recipient's own rules pass", () => {
    const problem = "L'engagement 91821 est clôturé.";
    expect(routingVerdict({ recipientServiceId: SERVICE, engagementNumber: "91821" }, recipient(), problem)).toEqual({ action: "RENVOYER_A_RECYCLER", motif: `Acheminement impossible : ${problem}` });
    expect(routingVerdict({ recipientServiceId: SERVICE, engagementNumber: "91821" }, recipient(), null)).toEqual({ action: "METTRE_A_DISPOSITION" });
    expect(routingVerdict({ recipientServiceId: SERVICE, engagementNumber: "91821" }, null, problem)).toEqual({
      action: "RENVOYER_A_RECYCLER",
      motif: "Acheminement impossible : Le destinataire n'est plus une structure publique active de l'annuaire.",
    });
  });

  it("keeps the motif within 255 characters", () => {
    const widest: EngagementFormat = { charset: "ALPHANUMERIQUES_SEPARATEURS", minLength: 10, maxLength: 50, prefix: "P".repeat(20) };
    const verdict = routingVerdict({ recipientServiceId: SERVICE, engagementNumber: "x" }, recipient({ engagementFormat: widest, services: [] }));
    expect(verdict.action).toBe("RENVOYER_A_RECYCLER");
    expect(verdict.action === "RENVOYER_A_RECYCLER" && verdict.motif.length).toBeLessThanOrEqual(255);
  });
});

describe("routingKey", () => {
  it("tells apart two passages of one invoice, and two invoices", () => {
    expect(routingKey(SERVICE, 1)).toBe(`invoice-routing:${SERVICE}:1`);
    expect(routingKey(SERVICE, 1)).not.toBe(routingKey(SERVICE, 4));
    expect(routingKey(SERVICE, 1)).not.toBe(routingKey("00000000-0000-4000-8000-000000000000", 1));
  });
});
