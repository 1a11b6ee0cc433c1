// The API's contract: the published OpenAPI document is valid OpenAPI 3.1, lists every route of /api/v1 (and no
// operation without its route), and the typed client the tests drive is generated from it as it is now. Each check is
// shown failing on a doctored input, so that it cannot pass by accident.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { API_OPERATIONS } from "@/features/api/index.ts";
import { openApiDocument } from "@/server/api/openapi-document.ts";
import { apiTypesSource, API_TYPES_FILE } from "../../../scripts/lib/api-types.ts";
import { routeHandlers } from "../authorization-matrix/inventory.ts";
import { documentOperations, documentProblems, routeMismatches, staleTypes, type RouteFile } from "./support/contract-checks.ts";

let document: Record<string, unknown>;
let routes: RouteFile[];

beforeAll(() => {
  document = openApiDocument(API_OPERATIONS, "http://localhost:3000") as unknown as Record<string, unknown>;
  routes = routeHandlers();
});

describe("the OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    expect(await documentProblems(document)).toEqual([]);
  });

  it("is refused when it is not valid OpenAPI 3.1", async () => {
    const { info: _info, ...withoutInfo } = document;
    expect((await documentProblems(withoutInfo)).length).toBeGreaterThan(0);
    expect(await documentProblems({ ...document, openapi: "3.0.3" })).not.toEqual([]);
    const [path] = Object.keys(document.paths as object);
    const brokenResponse = { ...document, paths: { ...(document.paths as object), [path]: { get: { responses: { "200": { content: {} } } } } } };
    expect((await documentProblems(brokenResponse)).length).toBeGreaterThan(0);
  });

  it("is what /api/v1/openapi.json publishes", async () => {
    const { GET } = await import("@/app/api/v1/openapi.json/route.ts");
    const published = (await (await GET()).json()) as object;
    expect(documentOperations(published).sort()).toEqual(documentOperations(document).sort());
  });
});

describe("routes and operations", () => {
  it("every route file of /api/v1 is in the document with its method and path, and every operation has its route file", () => {
    expect(routes.some((route) => route.path.startsWith("/api/v1/") && route.path !== "/api/v1/openapi.json")).toBe(true);
    expect(routeMismatches(routes, document)).toEqual([]);
  });

  it("reports a route missing from the document", () => {
    const [first] = documentOperations(document);
    const [method, path] = first.split(" ");
    const paths = document.paths as Record<string, Record<string, unknown>>;
    const { [method.toLowerCase()]: _dropped, ...rest } = paths[path];
    const doctored = { ...document, paths: { ...paths, [path]: rest } };
    expect(routeMismatches(routes, doctored)).toEqual([expect.stringMatching(new RegExp(`^${method} /api/v1${path.replace(/[{}]/g, ".")} .*manque au document OpenAPI$`))]);
  });

  it("reports a route answering another method than the document's", () => {
    const route = routes.find((entry) => entry.path === "/api/v1/transverses/health-check");
    if (!route) throw new Error("la route health-check manque");
    const doctored = [...routes.filter((entry) => entry !== route), { ...route, method: route.method === "GET" ? "POST" : "GET" }];
    expect(routeMismatches(doctored, document)).toHaveLength(2);
  });

  it("reports an operation of the document without its route file", () => {
    const doctored = [...routes.filter((route) => route.path !== "/api/v1/transverses/health-check")];
    expect(routeMismatches(doctored, document)).toEqual(["GET /transverses/health-check est dans le document OpenAPI sans fichier de route sous src/app/api/v1"]);
  });

  it("reads a dynamic segment of a route file as the document's path parameter", () => {
    const doctored = [...routes, { method: "GET", path: "/api/v1/factures/[idFacture]", file: "src/app/api/v1/factures/[idFacture]/route.ts" }];
    const withPath = { ...document, paths: { ...(document.paths as object), "/factures/{idFacture}": { get: { responses: {} } } } };
    expect(routeMismatches(doctored, withPath)).toEqual([]);
  });
});

describe("the typed client's types", () => {
  it("are what the document generates now (npm run api:types)", async () => {
    const generated = await apiTypesSource();
    expect(staleTypes(readFileSync(API_TYPES_FILE, "utf8"), generated)).toBeNull();
  });

  it("are reported stale when they differ from the document's", async () => {
    const generated = await apiTypesSource();
    expect(staleTypes(generated.replace("paths", "chemins"), generated)).toMatch(/run npm run api:types/);
  });
});
