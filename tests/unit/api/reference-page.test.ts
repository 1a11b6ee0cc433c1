// The API's reference page under the portal's CSP: every script carries the request's nonce, and Swagger UI's files
// are served by the portal (only the two it loads).
import { describe, expect, it } from "vitest";
import { apiReferencePage } from "@/server/api/reference-page.ts";

describe("the API's reference page", () => {
  const page = apiReferencePage({ nonce: "bm9uY2U=", origin: "https://portail.example" });

  it("carries the nonce on each of its scripts, and loads them from the portal", () => {
    const scripts = [...page.matchAll(/<script\b([^>]*)>/g)].map((match) => match[1]);
    expect(scripts).toHaveLength(2);
    for (const attributes of scripts) expect(attributes).toContain('nonce="bm9uY2U="');
    expect(page).toContain('src="/api/docs/swagger-ui-bundle.js"');
    expect(page).not.toMatch(/https?:\/\/(?!portail\.example)[\w.-]+\//);
  });

  it("is in French, with the token URL and the quick start", () => {
    expect(page).toContain("<title>API du portail — référence</title>");
    expect(page).toContain('<html lang="fr">');
    expect(page).toContain("https://portail.example/api/oauth/token");
    expect(page).toContain('href="#demarrage-rapide"');
  });

  it("cannot be broken out of by a nonce or an origin", () => {
    const odd = apiReferencePage({ nonce: '"><script>alert(1)</script>', origin: "https://x.example/<b>" });
    expect(odd).not.toContain("<script>alert(1)");
    expect(odd).not.toContain("<b>");
  });
});

describe("Swagger UI's files", () => {
  it("serves the bundle and the style sheet, and nothing else of the package", async () => {
    const { GET } = await import("@/app/api/docs/[asset]/route.ts");
    const context = (asset: string) => ({ params: Promise.resolve({ asset }) });
    const script = await GET(new Request("http://localhost/api/docs/swagger-ui-bundle.js"), context("swagger-ui-bundle.js"));
    expect(script.status).toBe(200);
    expect(script.headers.get("content-type")).toContain("javascript");
    expect((await script.text()).length).toBeGreaterThan(100_000);
    const css = await GET(new Request("http://localhost/api/docs/swagger-ui.css"), context("swagger-ui.css"));
    expect(css.headers.get("content-type")).toContain("text/css");
    for (const other of ["package.json", "../../package.json", "index.html"]) expect((await GET(new Request("http://localhost/"), context(other))).status).toBe(404);
  });
});

describe("the problems' types", () => {
  it("each lead to the description of their code on the page", async () => {
    const { PROBLEM_CODES } = await import("@/server/api/reference-page.ts");
    const { ApiProblem, problemResponse } = await import("@/server/api/problem.ts");
    const page = apiReferencePage({ nonce: "n", origin: "http://localhost" });
    for (const code of Object.keys(PROBLEM_CODES) as (keyof typeof PROBLEM_CODES)[]) {
      const { type } = (await problemResponse(new ApiProblem(400, code, "x")).json()) as { type: string };
      const [path, anchor] = type.split("#");
      expect(path).toBe("/api/docs");
      expect(page, code).toContain(`<dt id="${anchor}"><code>${code}</code>`);
    }
  });
});
