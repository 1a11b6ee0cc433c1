import { describe, expect, it } from "vitest";
import {
  answerStatus,
  authorReplyStatus,
  availableMoves,
  closeStatus,
  SOLLICITATION_STATUSES,
  SollicitationStatusError,
  takeInChargeStatus,
} from "@/features/sollicitations/rules/statuses.ts";

describe("the statuses of a sollicitation", () => {
  it("is taken in charge only while it waits for the addressee", () => {
    expect(takeInChargeStatus("DEPOSEE")).toBe("EN_COURS_TRAITEMENT");
    expect(takeInChargeStatus("COMPLETEE")).toBe("EN_COURS_TRAITEMENT");
    expect(takeInChargeStatus("RENVOYEE")).toBe("EN_COURS_TRAITEMENT");
    for (const status of ["EN_COURS_TRAITEMENT", "COMPLEMENT_DEMANDE", "TRAITEE", "CLOTUREE"] as const) {
      expect(() => takeInChargeStatus(status)).toThrow(SollicitationStatusError);
    }
  });

  it("takes the status the addressee's answer chose, unless closed", () => {
    expect(answerStatus("DEPOSEE", "TRAITEE")).toBe("TRAITEE");
    expect(answerStatus("EN_COURS_TRAITEMENT", "COMPLEMENT_DEMANDE")).toBe("COMPLEMENT_DEMANDE");
    expect(answerStatus("RENVOYEE", "EN_COURS_TRAITEMENT")).toBe("EN_COURS_TRAITEMENT");
    expect(() => answerStatus("CLOTUREE", "TRAITEE")).toThrow("clôturée");
  });

  it("is completed, sent back or left as it is by the author's reply", () => {
    expect(authorReplyStatus("COMPLEMENT_DEMANDE")).toBe("COMPLETEE");
    expect(authorReplyStatus("TRAITEE")).toBe("RENVOYEE");
    expect(authorReplyStatus("DEPOSEE")).toBe("DEPOSEE");
    expect(authorReplyStatus("EN_COURS_TRAITEMENT")).toBe("EN_COURS_TRAITEMENT");
    expect(() => authorReplyStatus("CLOTUREE")).toThrow(SollicitationStatusError);
  });

  it("is closed once, for good", () => {
    for (const status of SOLLICITATION_STATUSES.filter((s) => s !== "CLOTUREE")) expect(closeStatus(status)).toBe("CLOTUREE");
    expect(() => closeStatus("CLOTUREE")).toThrow("déjà clôturée");
    expect(availableMoves("CLOTUREE")).toEqual({ takeInCharge: false, answer: false, reply: false, close: false });
    expect(availableMoves("TRAITEE")).toEqual({ takeInCharge: false, answer: true, reply: true, close: true });
  });
});
