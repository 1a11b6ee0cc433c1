// The local ESLint rule of eslint.config.js: a file of use-cases/ exports one function, named after its file.
import { RuleTester } from "eslint";
import tseslint from "typescript-eslint";
import { describe, it } from "vitest";
import rule from "../../eslint-rules/one-use-case-per-file.js";

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const tester = new RuleTester({ languageOptions: { parser: tseslint.parser } });
const filename = "src/features/invoices/entry/use-cases/send-invoice.ts";

tester.run("one-use-case-per-file", rule, {
  valid: [
    { filename, code: "export async function sendInvoice({ userId }: { userId: string }) { return userId; }" },
    {
      filename,
      code: [
        "export type SendInvoiceInput = { userId: string };",
        "export interface Sent { id: string }",
        "const helper = () => 1;",
        "export const sendInvoice = async (input: SendInvoiceInput) => helper();",
        "export type { Other } from './other.ts';",
      ].join("\n"),
    },
    { filename: "src/features/structures/use-cases/get-user-espaces.ts", code: "export const getUserEspaces = cache(async (userId: string) => userId);" },
  ],
  invalid: [
    {
      filename,
      code: "export async function send({ userId }: { userId: string }) { return userId; }",
      errors: [{ messageId: "wrongName" }],
    },
    {
      filename,
      code: "export const DUPLICATE_NUMBER = 'Ce numéro existe déjà.';\nexport async function sendInvoice() {}",
      errors: [{ messageId: "extra" }],
    },
    {
      filename,
      code: "export function writeDraft() {}\nexport function lockInvoice() {}",
      errors: [{ messageId: "none" }, { messageId: "extra" }, { messageId: "extra" }],
    },
    { filename, code: "export const sendInvoice = 42;", errors: [{ messageId: "notAFunction" }] },
    { filename, code: "export * from './send.ts';", errors: [{ messageId: "star" }, { messageId: "none" }] },
    { filename, code: "export { sendInvoice, checkParties } from './send.ts';", errors: [{ messageId: "extra" }] },
  ],
});
