// docs/architecture.md: a file of `use-cases/` holds one use case, named verb-noun after its file
// (`send-invoice.ts` exports `sendInvoice`). Types may be exported beside it; any other value may not — a helper
// shared by use cases belongs in `data/` (it touches the database) or `rules/` (it is pure).
import path from "node:path";

/** `send-invoice.ts` → `sendInvoice` */
export function useCaseName(fileName) {
  const base = path.basename(fileName).replace(/\.[cm]?[jt]sx?$/, "");
  return base.replace(/[-_.]+([a-z0-9])/gi, (_, letter) => letter.toUpperCase());
}

/** A function, or a function wrapped by a call (`cache(async (…) => …)`). */
function isFunction(node) {
  if (node?.type === "CallExpression") return node.arguments.some(isFunction);
  return node?.type === "ArrowFunctionExpression" || node?.type === "FunctionExpression";
}

/** @type {import('eslint').Rule.RuleModule} */
export default {
  meta: {
    type: "problem",
    docs: { description: "A use-cases/ file exports exactly one function, named after its file in camelCase." },
    schema: [],
    messages: {
      none: "A use-cases/ file exports the use case it is named after: `export async function {{name}}(…)` is missing.",
      notAFunction: "`{{exported}}` must be a function: the use case this file is named after.",
      wrongName: "The use case of {{file}} must be named `{{name}}` (after its file), not `{{exported}}`.",
      extra: "`{{exported}}` is a second value exported by a use-cases/ file: move it to data/ or rules/.",
      star: "`export *` hides what a use-cases/ file exports: export its one use case by name.",
    },
  },
  create(context) {
    const file = path.basename(context.filename);
    const name = useCaseName(file);
    /** @type {{ node: import('estree').Node, exported: string, isFunction: boolean }[]} */
    const values = [];

    return {
      ExportNamedDeclaration(node) {
        if (node.exportKind === "type") return;
        const declaration = node.declaration;
        if (declaration) {
          if (declaration.type === "FunctionDeclaration") {
            values.push({ node, exported: declaration.id.name, isFunction: true });
          } else if (declaration.type === "VariableDeclaration") {
            for (const declarator of declaration.declarations) {
              const exported = declarator.id.type === "Identifier" ? declarator.id.name : "(destructured)";
              values.push({ node, exported, isFunction: isFunction(declarator.init) });
            }
          } else if (declaration.type === "ClassDeclaration" || declaration.type === "TSEnumDeclaration") {
            values.push({ node, exported: declaration.id.name, isFunction: false });
          }
          // type aliases, interfaces and `declare` forms are types
          return;
        }
        for (const specifier of node.specifiers) {
          if (specifier.exportKind === "type") continue;
          const exported = specifier.exported.type === "Identifier" ? specifier.exported.name : specifier.exported.value;
          // A re-export or an `export { x }` of a local binding: its kind is not known here, its name is checked.
          values.push({ node: specifier, exported, isFunction: true });
        }
      },
      ExportDefaultDeclaration(node) {
        values.push({ node, exported: "default", isFunction: node.declaration.type === "FunctionDeclaration" });
      },
      ExportAllDeclaration(node) {
        if (node.exportKind !== "type") context.report({ node, messageId: "star" });
      },
      "Program:exit"(program) {
        const useCase = values.find((value) => value.exported === name);
        let others = values.filter((value) => value !== useCase);
        if (useCase && !useCase.isFunction) {
          context.report({ node: useCase.node, messageId: "notAFunction", data: { exported: name } });
        } else if (!useCase && values.length === 1 && values[0].isFunction) {
          context.report({ node: values[0].node, messageId: "wrongName", data: { file, name, exported: values[0].exported } });
          others = [];
        } else if (!useCase) {
          context.report({ node: program, loc: { line: 1, column: 0 }, messageId: "none", data: { name } });
        }
        for (const other of others) {
          context.report({ node: other.node, messageId: "extra", data: { exported: other.exported } });
        }
      },
    };
  },
};
