// The dependency rules of .dependency-cruiser.cjs fail where docs/architecture.md says they must: each fixture under
// fixtures/ is a small tree laid out like the repository (its own src/ and tsconfig.json, so that `@/…` resolves
// inside it), cruised with the project's configuration exactly as `npm run lint` cruises src/.
import path from "node:path";
import { cruise, type IViolation } from "dependency-cruiser";
import extractDepcruiseOptions from "dependency-cruiser/config-utl/extract-depcruise-options";
import extractTSConfig from "dependency-cruiser/config-utl/extract-ts-config";
import { describe, expect, it } from "vitest";

const repository = path.resolve(import.meta.dirname, "../..");

/** The violations `npm run lint` reports on a fixture: its two dependency-cruiser runs (the project, the ui.ts files). */
async function violations(fixture: string) {
  const baseDir = path.join(import.meta.dirname, "fixtures", fixture);
  const tsConfigFile = path.join(baseDir, "tsconfig.json");
  const runs = [
    { config: ".dependency-cruiser.cjs", roots: ["src"] },
    { config: ".dependency-cruiser-ui.cjs", roots: ["src/features/**/ui.ts"] },
  ];
  const found = [];
  for (const { config, roots } of runs) {
    const options = await extractDepcruiseOptions(path.join(repository, config));
    const result = await cruise(
      roots,
      { ...options, baseDir, tsConfig: { fileName: tsConfigFile }, outputType: "json" },
      {},
      { tsConfig: extractTSConfig(tsConfigFile) },
    );
    const { summary } = JSON.parse(result.output as string) as { summary: { violations: IViolation[] } };
    found.push(...summary.violations);
  }
  return found.map(({ rule, from, to, cycle }) => ({
    rule: rule.name,
    from,
    // a package is named, wherever node_modules is found from the fixture
    to: to.replace(/^(\.\.\/)*node_modules\//, "node_modules/"),
    ...(cycle ? { cycle: cycle.map((step) => step.name) } : {}),
  }));
}

describe("the architecture lint (dependency-cruiser)", () => {
  it("passes a tree that keeps every rule (entries, rules, data, use cases, components, einvoice, generated types)", async () => {
    expect(await violations("clean")).toEqual([]);
  });

  it("fails on a cycle between two files", async () => {
    expect(await violations("cycle")).toContainEqual(
      expect.objectContaining({ rule: "no-circular", from: "src/features/news/rules/first.ts" }),
    );
  });

  it("fails on a rules/ file importing the database (@/server/db)", async () => {
    expect(await violations("rules-import-database")).toEqual([
      {
        rule: "pure-rules-no-framework-nor-database",
        from: "src/features/mandates/rules/mandate-active.ts",
        to: "src/server/db.ts",
      },
    ]);
  });

  it("fails on a rules/ file importing the framework (next/cache)", async () => {
    expect(await violations("rules-import-framework")).toEqual([
      expect.objectContaining({
        rule: "pure-rules-no-framework-nor-database",
        from: "src/features/mandates/rules/mandate-active.ts",
        to: expect.stringMatching(/^node_modules\/next\/cache/),
      }),
    ]);
  });

  it("fails on an import into another area's internals (not its index.ts or ui.ts)", async () => {
    expect(await violations("area-internals")).toEqual([
      {
        rule: "only-through-an-area-entry",
        from: "src/features/invoices/entry/use-cases/send-invoice.ts",
        to: "src/features/invoices/common/data/invoice-where.ts",
      },
    ]);
  });

  it("fails on einvoice importing another area, even through its entry", async () => {
    const found = await violations("einvoice-imports-area");
    expect(found).toContainEqual({
      rule: "einvoice-depends-on-no-area",
      from: "src/features/einvoice/read/pdf-text.ts",
      to: "src/features/structures/index.ts",
    });
    expect(new Set(found.map((violation) => violation.rule))).toEqual(
      new Set(["einvoice-depends-on-no-area", "area-dependencies-einvoice"]),
    );
  });

  it("fails on a component calling a use case (a page reads, a component gets the data or calls an action)", async () => {
    expect(await violations("component-calls-use-case")).toEqual([
      {
        rule: "components-through-actions",
        from: "src/features/news/components/news-block.tsx",
        to: "src/features/news/use-cases/list-news.ts",
      },
    ]);
  });

  it("fails on a folder of src/features that is not an area of docs/architecture.md", async () => {
    expect(await violations("off-the-map")).toEqual([
      { rule: "areas-are-on-the-map", from: "src/features/reports/rules/monthly.ts", to: "src/features/reports/rules/total.ts" },
    ]);
  });

  it("fails on an area's ui.ts that reaches src/server through other files (here src/lib, itself at fault)", async () => {
    expect(await violations("ui-reaches-server")).toEqual([
      { rule: "lib-imports-only-lib", from: "src/lib/action-state.ts", to: "src/server/errors.ts" },
      expect.objectContaining({ rule: "ui-entry-never-reaches-server", from: "src/features/structures/ui.ts", to: "src/server/errors.ts" }),
    ]);
  });

  it("fails on the Prisma client's runtime in rules/ and on any generated import in einvoice, types included", async () => {
    expect(await violations("generated-runtime")).toEqual(
      expect.arrayContaining([
        {
          rule: "pure-rules-only-generated-types",
          from: "src/features/invoices/common/rules/amount.ts",
          to: "src/generated/prisma/client.ts",
        },
        { rule: "einvoice-is-pure", from: "src/features/einvoice/model.ts", to: "src/generated/prisma/client.ts" },
      ]),
    );
  });
});
