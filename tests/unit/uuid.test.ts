// src/lib/uuid.ts: the one check of a row id, the same for a zod schema and a plain test.
import { describe, expect, it } from "vitest";
import { isUuid, uuid } from "@/lib/uuid.ts";

describe("row ids (UUID)", () => {
  it("accepts any 8-4-4-4-12 hexadecimal text, whatever its case, version or variant", () => {
    for (const id of ["6f0c7c1e-4b5a-4c3d-9e8f-0a1b2c3d4e5f", "6F0C7C1E-4B5A-4C3D-9E8F-0A1B2C3D4E5F", "00000000-0000-0000-0000-000000000000"]) {
      expect(isUuid(id)).toBe(true);
      expect(uuid().safeParse(id).success).toBe(true);
    }
  });

  it("refuses anything else, with the form's message", () => {
    for (const id of ["", "42", "6f0c7c1e4b5a4c3d9e8f0a1b2c3d4e5f", "6f0c7c1e-4b5a-4c3d-9e8f-0a1b2c3d4e5g", " 6f0c7c1e-4b5a-4c3d-9e8f-0a1b2c3d4e5f"]) {
      expect(isUuid(id)).toBe(false);
    }
    expect(uuid("Facture inconnue.").safeParse("facture-1").error?.issues[0].message).toBe("Facture inconnue.");
  });
});
