import { describe, expect, it } from "vitest";
import { ENGAGEMENT_CSV_COLUMNS, parseEngagementCsv, splitCsvLine } from "@/features/engagements/rules/engagement-csv.ts";
import { engagementQuoteProblem } from "@/features/engagements/rules/engagement-quote.ts";
import { ENGAGEMENT_IMPORT_MAX_ROWS } from "@/features/engagements/schemas.ts";

const HEADER = ENGAGEMENT_CSV_COLUMNS.join(";");

describe("parseEngagementCsv", () => {
  it("reads a French spreadsheet's file (BOM, ;, CRLF, 1 500,00, JJ/MM/AAAA) into the form's values", () => {
    const result = parseEngagementCsv(`\uFEFF${HEADER}\r\n"EJ;1";COLLEGE;123 456 789 00014;1 500,00;01/02/2026;31/12/2026\r\n\r\n2;;abc;12.5;2026-03-01;\r\n`);
    expect(result).toEqual({
      ok: true,
      rows: [
        { line: 2, engagement: { number: "EJ;1", serviceCode: "COLLEGE", supplierIdentifier: "12345678900014", amount: "1500.00", startDate: "2026-02-01", endDate: "2026-12-31" } },
        { line: 4, engagement: { number: "2", serviceCode: "", supplierIdentifier: "ABC", amount: "12.5", startDate: "2026-03-01", endDate: "" } },
      ],
    });
  });

  it("accepts a header without accents or in another case, with , as separator", () => {
    const header = "numero d'engagement,code service,siret fournisseur,montant,date de debut,date de fin";
    expect(parseEngagementCsv(`${header}\n1,,X,1,01/01/2026,`).ok).toBe(true);
  });

  it("refuses a file without the header, or without any row", () => {
    expect(parseEngagementCsv("1;;X;1;01/01/2026;")).toMatchObject({ ok: false, errors: [{ line: 1 }] });
    expect(parseEngagementCsv(`${HEADER}\n\n`)).toEqual({ ok: false, errors: [{ line: 2, message: "Le fichier ne contient aucun engagement." }] });
  });

  it("names each refused line and column in French, and a numéro twice in the file", () => {
    const result = parseEngagementCsv(`${HEADER}\n1;;X;-3;01/01/2026;\n2;;X;10;31/02/2026;\n3;;X;10;02/01/2026;01/01/2026\n5;;X;0;01/01/2026;\n4;;;10;01/01/2026;;extra\n6;;X;10;01/01/2026;\n6;;X;10;01/01/2026;`);
    expect(result).toEqual({
      ok: false,
      errors: [
        { line: 2, message: "Montant : Le montant doit être un nombre positif d'au plus 2 décimales (par exemple 1500,00)." },
        { line: 3, message: "Date de début : La date de début doit être une date (JJ/MM/AAAA)." },
        { line: 4, message: "Date de fin : La date de fin ne peut précéder la date de début." },
        { line: 5, message: "Montant : Le montant doit être supérieur à zéro." },
        { line: 6, message: "La ligne compte 7 colonnes au lieu de 6." },
        { line: 8, message: "Le numéro d'engagement 6 figure déjà ligne 7." },
      ],
    });
  });

  it(`stops at ${ENGAGEMENT_IMPORT_MAX_ROWS} rows`, () => {
    const rows = Array.from({ length: ENGAGEMENT_IMPORT_MAX_ROWS + 1 }, (_, i) => `${i};;X;1;01/01/2026;`).join("\n");
    const result = parseEngagementCsv(`${HEADER}\n${rows}`);
    expect(result).toEqual({ ok: false, errors: [{ line: ENGAGEMENT_IMPORT_MAX_ROWS + 2, message: `Le fichier compte plus de ${ENGAGEMENT_IMPORT_MAX_ROWS} engagements : découpez-le.` }] });
  });

  it("splits quoted cells with doubled quotes", () => {
    expect(splitCsvLine('"a ""b"";c";d', ";")).toEqual(['a "b";c', "d"]);
  });
});

describe("engagementQuoteProblem", () => {
  const open = { number: "70001", status: "OUVERT" as const, serviceId: null, serviceLabel: null };
  it("lets an open engagement of no service through, whatever the service", () => {
    expect(engagementQuoteProblem({ engagementNumber: "70001", recipientServiceId: "s1" }, open)).toBeNull();
  });
  it("tells a missing, unknown, closed or other-service engagement", () => {
    expect(engagementQuoteProblem({ engagementNumber: null, recipientServiceId: null }, null)).toBe("Le destinataire exige le numéro d'un engagement ouvert du fournisseur.");
    expect(engagementQuoteProblem({ engagementNumber: "9", recipientServiceId: null }, null)).toBe("L'engagement 9 n'est pas un engagement connu du destinataire pour ce fournisseur.");
    expect(engagementQuoteProblem({ engagementNumber: "70001", recipientServiceId: null }, { ...open, status: "CLOTURE" })).toBe("L'engagement 70001 est clôturé.");
    expect(engagementQuoteProblem({ engagementNumber: "70001", recipientServiceId: "s1" }, { ...open, serviceId: "s2", serviceLabel: "Voirie (VOIRIE)" })).toBe(
      "L'engagement 70001 est celui du service Voirie (VOIRIE) : adressez la facture à ce service.",
    );
  });
});
