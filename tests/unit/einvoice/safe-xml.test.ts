// The one-pass XML reader (safe-xml.ts): the tree the readers get, and the refusals of what is not well-formed or
// would make it work without bound, each an EInvoiceReadError with its code and a French message.
import { describe, expect, it } from "vitest";
import { parseXml, XML_LIMITS } from "@/features/einvoice/read/safe-xml";

function refusal(xml: string): { code: string; message: string } {
  try {
    parseXml(xml);
  } catch (error) {
    return { code: (error as { code: string }).code, message: (error as Error).message };
  }
  throw new Error(`accepted: ${xml}`);
}

describe("parseXml", () => {
  it("gives the tree without namespace prefixes, the root's namespace, trimmed and decoded text and attributes", () => {
    const root = parseXml(
      `\uFEFF<?xml version="1.0" encoding="UTF-8"?>\n<!-- c --><rsm:Root xmlns:rsm="urn:a" xmlns:ram="urn:b">\r\n <ram:ID schemeID=" 0009 " xml:lang='fr'> A &amp; B <!-- x --> C&#32;</ram:ID><ram:Empty/><ram:Data><![CDATA[ <raw> &amp; ]]></ram:Data>\n</rsm:Root>\n`,
    );
    expect(root.namespace).toBe("urn:a");
    expect(root.name).toBe("Root");
    expect(root.children.map((node) => node.name)).toEqual(["ID", "Empty", "Data"]);
    expect(root.children[0]).toEqual({ name: "ID", attrs: { schemeID: "0009", lang: "fr" }, text: "A & B  C ", children: [] });
    expect(root.children[1].text).toBe("");
    expect(root.children[2].text).toBe(" <raw> &amp; ");
    expect(parseXml(`<Invoice xmlns="urn:ubl"/>`).namespace).toBe("urn:ubl");
  });

  it("refuses DOCTYPE and ENTITY declarations", () => {
    expect(refusal(`<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "e">]><x>&e;</x>`).code).toBe("FORBIDDEN_XML");
  });

  it("refuses a document nested deeper than the limit, and accepts one at the limit", () => {
    const nested = (depth: number) => "<a>".repeat(depth) + "</a>".repeat(depth);
    expect(() => parseXml(nested(XML_LIMITS.maxDepth))).not.toThrow();
    expect(refusal(nested(XML_LIMITS.maxDepth + 1))).toEqual({ code: "FORBIDDEN_XML", message: `Le fichier XML est imbriqué sur plus de ${XML_LIMITS.maxDepth} niveaux.` });
    expect(refusal("<a>".repeat(100_000)).code).toBe("FORBIDDEN_XML");
  });

  it("refuses what is not well-formed, with its line and column", () => {
    for (const xml of [
      "<a><b></a>", "<a>", "<a></a><b/>", "x<a/>", "<a/>x", "<a>&</a>", "<a>& b</a>", "<a b='1' b='2'/>", "<a b=1/>",
      "<a b='<'/>", "<a>&#0;</a>", "<a>&#xD800;</a>", "<a><!-- </a>", "<a><![CDATA[ x</a>", "<a/><?xml version='1.0'?>", "< a/>", "<a", "</a>",
    ]) {
      const { code, message } = refusal(xml);
      expect(code, xml).toBe("MALFORMED_XML");
      expect(message, xml).toMatch(/^Le fichier XML est mal formé \(ligne \d+, colonne \d+\) : /);
    }
    expect(refusal("<a>\n  <b>\n</a>").message).toMatch(/^Le fichier XML est mal formé \(ligne 3, colonne 1\) : la balise fermante « a » ne correspond pas à la balise ouvrante « b »/);
    expect(refusal("  \n ").code).toBe("EMPTY_FILE");
  });

  it("keeps an undeclared entity as written, as before", () => {
    expect(parseXml("<a>&nbsp;</a>").text).toBe("&nbsp;");
  });
});
