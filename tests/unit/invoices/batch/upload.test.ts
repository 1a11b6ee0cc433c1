// "Choix des fichiers" of a batch: XML files and/or one ZIP (recognised from its content), folders flattened, limits
// and refusals as French errors on the field "files".
import { zipSync } from "fflate";
import { afterEach, describe, expect, it } from "vitest";
import { collectUploadFiles, maxInvoicesPerFlux, planUpload, uploadContents } from "@/features/invoices/batch/file-reading/upload.ts";
import { planFluxItems } from "@/features/invoices/batch/rules/flux-plan.ts";

const bytes = (text: string) => new TextEncoder().encode(text);
const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("aucun refus");
};

describe("collectUploadFiles", () => {
  afterEach(() => {
    delete process.env.DEPOSIT_MAX_INVOICES;
  });

  it("keeps XML files as they come and opens a ZIP (by content, whatever its name) into its files, folders flattened", () => {
    const zip = zipSync({ "lot/f1.xml": bytes("<f1/>"), "lot/sous/f2.xml": bytes("<f2/>"), "lot/notice.pdf": bytes("%PDF-1.4"), "lot/": new Uint8Array() });
    const files = collectUploadFiles([
      { name: "a.xml", bytes: bytes("<a/>") },
      { name: "archive.bin", bytes: zip },
    ]);
    expect(files.map((file) => file.fileName)).toEqual(["a.xml", "lot/f1.xml", "lot/sous/f2.xml", "lot/notice.pdf"]);
    expect(new TextDecoder().decode(files[2].content)).toBe("<f2/>");
  });

  it.each([
    ["nothing chosen", [], "Choisissez les fichiers à déposer : plusieurs fichiers XML ou un fichier ZIP."],
    ["the browser's empty file field", [{ name: "", bytes: new Uint8Array() }], "Choisissez les fichiers à déposer"],
    ["an empty file", [{ name: "vide.xml", bytes: new Uint8Array() }], "Le fichier « vide.xml » est vide."],
    ["two ZIPs", [{ name: "a.zip", bytes: zipSync({ "a.xml": bytes("<a/>") }) }, { name: "b.zip", bytes: zipSync({ "b.xml": bytes("<b/>") }) }], "Déposez un seul fichier ZIP par lot."],
    ["no XML at all", [{ name: "notice.txt", bytes: bytes("%PDF-1.4") }], "Le dépôt ne contient aucun fichier XML ni Factur-X"],
    ["a file named .pdf that is not one", [{ name: "notice.pdf", bytes: bytes("bonjour") }], "Le dépôt ne contient aucun fichier XML ni Factur-X"],
    ["a corrupt ZIP", [{ name: "lot.zip", bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]) }], "Le fichier ZIP « lot.zip » est refusé : "],
  ])("refuses %s on the field files", (_case, files, message) => {
    expect(refusal(() => collectUploadFiles(files))).toMatchObject({ code: "VALIDATION", field: "files", message: expect.stringContaining(message) });
  });

  it("counts a PDF as an invoice (a Factur-X, read when its chunk is processed)", () => {
    expect(collectUploadFiles([{ name: "facture.PDF", bytes: bytes("%PDF-1.7 …") }])).toHaveLength(1);
  });

  it("refuses more invoices than DEPOSIT_MAX_INVOICES, counting XML files only", () => {
    process.env.DEPOSIT_MAX_INVOICES = "2";
    expect(maxInvoicesPerFlux()).toBe(2);
    const files = (names: string[]) => names.map((name) => ({ name, bytes: bytes(`<${name}/>`) }));
    expect(collectUploadFiles(files(["a.xml", "b.xml", "c.txt"]))).toHaveLength(3);
    expect(refusal(() => collectUploadFiles(files(["a.xml", "b.xml", "c.xml"])))).toMatchObject({
      field: "files",
      message: "Un flux comporte au plus 2 factures : ce dépôt en contient 3.",
    });
  });

  it("allows 10,000 invoices by default", () => {
    expect(maxInvoicesPerFlux()).toBe(10_000);
    process.env.DEPOSIT_MAX_INVOICES = "n'importe quoi";
    expect(maxInvoicesPerFlux()).toBe(10_000);
  });

  it("plans an upload without its bytes, then gives back the bytes of the files asked for, a ZIP's inflated again", () => {
    const zip = zipSync({ "lot/f1.xml": bytes("<f1/>"), "lot/": new Uint8Array(), "lot/f2.xml": bytes("<f2/>"), "lot/copie.xml": bytes("<f1/>"), "lot/f3.xml": bytes("<f3/>") });
    const uploaded = [
      { name: "a.xml", bytes: bytes("<a/>") },
      { name: "lot.zip", bytes: zip },
    ];
    const plans = planUpload(uploaded, 10, 1024 * 1024);
    const expected = planFluxItems(collectUploadFiles(uploaded));
    expect(plans.map(({ source: _source, size, ...plan }) => ({ ...plan, size }))).toEqual(expected.map(({ content, ...item }) => ({ ...item, size: content.length })));
    expect(plans.map((plan) => plan.status)).toEqual(["EN_ATTENTE", "EN_ATTENTE", "EN_ATTENTE", "REJETEE", "EN_ATTENTE"]);
    const asked = [plans[4], plans[0], plans[2]];
    expect(uploadContents(uploaded, asked.map((plan) => plan.source)).map((content) => new TextDecoder().decode(content))).toEqual(["<f3/>", "<a/>", "<f2/>"]);
    expect(refusal(() => planUpload(uploaded, 10, 10))).toMatchObject({ field: "files", message: expect.stringContaining("une fois décompressées") });
  });
});
