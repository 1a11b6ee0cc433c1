// The rules of the EN 16931 CII syntax binding (pattern EN16931-CII-Syntax of the CEN artefact): CII-SR (elements of
// CII D16B that EN 16931 does not use, or uses once) and CII-DT (data types), with the CEN's ids and flags. Each node
// of the document is judged by the first rule context it matches, in the artefact's priority order (as its XSLT
// templates are: an ExchangedDocument/ID is judged by CII-DT-001…007, not by the generic CII-DT-101…104); a rule
// broken on several nodes is one finding, at the first. Pure, never throws. The CII reader adds these findings to
// the invoice's syntax findings, like the UBL reader adds UBL-SR / UBL-DT.
import type { XmlNode } from "../../read/safe-xml.ts";
import type { Finding } from "../finding.ts";
import { CII_SYNTAX_CONDITIONS } from "./cii-syntax-conditions.ts";
import { CII_SYNTAX_CONTEXTS } from "./cii-syntax-contexts.ts";
import { CII_DT_RULES } from "./cii-syntax-dt.ts";
import { countAt } from "./cii-syntax-paths.ts";
import { CII_SR_RULES } from "./cii-syntax-sr.ts";
import type { CiiContext, CiiSyntaxRule } from "./cii-syntax-types.ts";

export const CII_SYNTAX_RULES: CiiSyntaxRule[] = [...CII_SR_RULES, ...CII_DT_RULES];

const RULES_BY_CONTEXT: CiiSyntaxRule[][] = CII_SYNTAX_CONTEXTS.map((_, index) => CII_SYNTAX_RULES.filter((rule) => rule.context === index));

const samePath = (names: string[], path: string[]) => names.length === path.length && names.every((name, index) => name === path[index]);

function matches(context: CiiContext, node: XmlNode, names: string[]): boolean {
  if ("path" in context) return samePath(names, context.path);
  if ("paths" in context) return context.paths.some((path) => samePath(names, path));
  if ("suffix" in context) return node.name.endsWith(context.suffix) && node.name !== context.except;
  if (node.name !== context.name) return false;
  if (context.parent !== undefined && names[names.length - 2] !== context.parent) return false;
  return context.attribute === undefined || node.attrs[context.attribute[0]] === context.attribute[1];
}

/** The index of the context that judges a node (its names: the path from the root), -1 when none does. */
export const contextIndexOf = (node: XmlNode, names: string[]) => CII_SYNTAX_CONTEXTS.findIndex((context) => matches(context, node, names));

/** The French message of a rule written as data: what must be absent, or how many times it may occur. */
function dataMessage(rule: CiiSyntaxRule, contextName: string): string {
  if (rule.kind === "condition") return "";
  const attribute = rule.path.includes("@");
  const what = attribute ? `L'attribut ${rule.path.slice(rule.path.indexOf("@") + 1)}` : `L'élément ${rule.path}`;
  const where = attribute && rule.path.includes("/") ? `${contextName}/${rule.path.slice(0, rule.path.lastIndexOf("/"))}` : contextName;
  const must = rule.severity === "fatal" ? "doit" : "devrait";
  if (rule.kind === "absent") return `${what} ${rule.severity === "fatal" ? "ne doit" : "ne devrait"} pas être utilisé dans ${where} (norme EN 16931, syntaxe CII).`;
  if (rule.kind === "exactly") return `${what} ${must} figurer exactement ${rule.count === 1 ? "une fois" : `${rule.count} fois`} dans ${where}.`;
  return `${what} ne ${must} figurer ${rule.count === 1 ? "qu'une fois" : `que ${rule.count} fois`} au plus dans ${where}.`;
}

/** `names`: the node's path from the root (the node last); a condition sees its ancestors only. */
function broken(rule: CiiSyntaxRule, node: XmlNode, names: string[], root: XmlNode): boolean {
  if (rule.kind === "condition") return CII_SYNTAX_CONDITIONS[rule.rule]?.holds({ node, ancestors: names.slice(0, -1), root }) === false;
  const count = countAt(node, rule.path);
  return rule.kind === "absent" ? count > 0 : rule.kind === "exactly" ? count !== rule.count : count > rule.count;
}

/**
 * Every finding of the CII syntax rules on a CrossIndustryInvoice document (one per rule broken). The walk keeps the
 * path of names and the location's segments as stacks, and writes a location only for a finding: it visits every
 * node of every invoice read.
 */
export function ciiSyntaxFindings(root: XmlNode): Finding[] {
  const found = new Map<string, Finding>();
  const names: string[] = [root.name];
  const segments: string[] = [];
  const visit = (node: XmlNode) => {
    const index = contextIndexOf(node, names);
    for (const rule of index < 0 ? [] : RULES_BY_CONTEXT[index]) {
      if (found.has(rule.rule) || !broken(rule, node, names, root)) continue;
      const message = rule.kind === "condition" ? (CII_SYNTAX_CONDITIONS[rule.rule]?.message ?? rule.rule) : dataMessage(rule, node.name);
      found.set(rule.rule, { rule: rule.rule, severity: rule.severity, message, location: segments.join("/") || node.name });
    }
    if (node.children.length === 0) return;
    const total = new Map<string, number>();
    for (const child of node.children) total.set(child.name, (total.get(child.name) ?? 0) + 1);
    const seen = new Map<string, number>();
    for (const child of node.children) {
      const position = (seen.get(child.name) ?? 0) + 1;
      seen.set(child.name, position);
      names.push(child.name);
      segments.push(total.get(child.name)! > 1 ? `${child.name}[${position}]` : child.name);
      visit(child);
      names.pop();
      segments.pop();
    }
  };
  visit(root);
  return [...found.values()].sort((a, b) => a.rule.localeCompare(b.rule, "en", { numeric: true }));
}
