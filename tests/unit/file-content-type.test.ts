import { describe, expect, it } from "vitest";
import { fileTypeFromBuffer } from "file-type";
import { attachmentFileName, detectAttachmentType } from "@/lib/file-content-type.ts";

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
const text = (value: string) => new TextEncoder().encode(value);

describe("detectAttachmentType", () => {
  it("believes the content, not the name: PNG bytes named .pdf are a PNG", async () => {
    expect(await detectAttachmentType(PNG, "facture.pdf")).toEqual({ extension: "png", mimeType: "image/png" });
    expect(await detectAttachmentType(text("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n"), "scan.png")).toEqual({ extension: "pdf", mimeType: "application/pdf" });
  });

  it("refuses an executable and binary noise, whatever their name", async () => {
    const elf = Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, ...new Array(60).fill(0)]);
    expect(await detectAttachmentType(elf, "facture.pdf")).toBeNull();
    expect(await detectAttachmentType(Uint8Array.from([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0]), "devis.txt")).toBeNull();
    expect(await detectAttachmentType(Uint8Array.from([0xff, 0xfe, 0xfd, 0x00, 0x80]), "a.txt")).toBeNull();
    expect(await detectAttachmentType(new Uint8Array(), "vide.txt")).toBeNull();
  });

  it("knows XML, CSV and plain UTF-8 text", async () => {
    expect(await detectAttachmentType(text('\ufeff<?xml version="1.0"?><a/>'), "x.bin")).toEqual({ extension: "xml", mimeType: "application/xml" });
    // The XML declaration, tested before file-type's signatures: the answer file-type gives for it.
    const declared = text('<?xml version="1.0" encoding="UTF-8"?>\n<Invoice/>');
    expect(await detectAttachmentType(declared, "facture.pdf")).toEqual({ extension: "xml", mimeType: "application/xml" });
    expect((await fileTypeFromBuffer(declared))?.ext).toBe("xml");
    expect(await detectAttachmentType(text("réf;quantité\nP1;4\n"), "lignes.csv")).toEqual({ extension: "csv", mimeType: "text/csv" });
    expect(await detectAttachmentType(text("Livré le 2 mars."), "note")).toEqual({ extension: "txt", mimeType: "text/plain" });
  });
});

describe("attachmentFileName", () => {
  it("keeps the base name with the detected extension, without any path", () => {
    expect(attachmentFileName("C:\\docs\\photo.pdf", "png")).toBe("photo.png");
    expect(attachmentFileName("../../etc/passwd", "txt")).toBe("passwd.txt");
    expect(attachmentFileName("", "pdf")).toBe("piece-jointe.pdf");
  });
});
