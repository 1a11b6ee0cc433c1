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

/**
 * The "absent" rules of one context (most of the rules: 509 of 583) as a tree of the paths they forbid: a context node
 * is judged by walking its own children down that tree, a cost that follows the children the invoice has, instead of
 * asking the node for each forbidden path (hundreds per node, nearly all of them absent; this took a third of the
 * time of checking a CII invoice).
 */
type CountOrCondition = Exclude<CiiSyntaxRule, { kind: "absent" }>;
type AbsentTree = { rules: CiiSyntaxRule[]; attributes: [attribute: string, rule: CiiSyntaxRule][]; children: Map<string, AbsentTree> };
const emptyTree = (): AbsentTree => ({ rules: [], attributes: [], children: new Map() });

function absentTreeOf(rules: CiiSyntaxRule[]): AbsentTree {
  const root = emptyTree();
  for (const rule of rules) {
    if (rule.kind !== "absent") continue;
    const steps = rule.path.split("/");
    let tree = root;
    for (const step of steps.slice(0, -1)) {
      let next = tree.children.get(step);
      if (!next) tree.children.set(step, (next = emptyTree()));
      tree = next;
    }
    const last = steps[steps.length - 1];
    if (last.startsWith("@")) tree.attributes.push([last.slice(1), rule]);
    else {
      let next = tree.children.get(last);
      if (!next) tree.children.set(last, (next = emptyTree()));
      next.rules.push(rule);
    }
  }
  return root;
}

/** Each context's absent rules as a tree, and its other rules (counts, conditions) as a list, in the rules' order. */
const RULES_BY_CONTEXT = CII_SYNTAX_CONTEXTS.map((_, index) => {
  const rules = CII_SYNTAX_RULES.filter((rule) => rule.context === index);
  return { absent: absentTreeOf(rules), others: rules.filter((rule): rule is CountOrCondition => rule.kind !== "absent") };
});

/** Calls `broken` with each absent rule of `tree` that the node breaks (what the rule forbids is there). */
function brokenAbsentRules(node: XmlNode, tree: AbsentTree, broken: (rule: CiiSyntaxRule) => void) {
  for (const [attribute, rule] of tree.attributes) if (node.attrs[attribute] !== undefined) broken(rule);
  if (tree.children.size === 0) return;
  for (const child of node.children) {
    const next = tree.children.get(child.name);
    if (!next) continue;
    for (const rule of next.rules) broken(rule);
    brokenAbsentRules(child, next, broken);
  }
}

/**
 * The contexts given as absolute paths, as a tree from the root: the walk goes down it with the document, one lookup
 * per step, instead of comparing each node's path with each context's. `index`: the first context (in priority order)
 * whose path ends here, -1 when none does.
 */
type PathTree = { index: number; children: Map<string, PathTree> };
const PATH_TREE: PathTree = { index: -1, children: new Map() };
CII_SYNTAX_CONTEXTS.forEach((context, index) => {
  const paths = "path" in context ? [context.path] : "paths" in context ? context.paths : [];
  for (const path of paths) {
    let tree = PATH_TREE;
    for (const name of path) {
      let next = tree.children.get(name);
      if (!next) tree.children.set(name, (next = { index: -1, children: new Map() }));
      tree = next;
    }
    if (tree.index < 0) tree.index = index;
  }
});

type NamedContext = Exclude<CiiContext, { path: string[] } | { paths: string[][] }>;
/** The other contexts (a name anywhere, a suffix), with their index, in priority order. */
const NAMED_CONTEXTS = CII_SYNTAX_CONTEXTS.flatMap((context, index) => ("path" in context || "paths" in context ? [] : [{ index, context: context as NamedContext }]));

function matchesNamed(context: NamedContext, node: XmlNode, names: string[]): boolean {
  if ("suffix" in context) return node.name.endsWith(context.suffix) && node.name !== context.except;
  if (node.name !== context.name) return false;
  if (context.parent !== undefined && names[names.length - 2] !== context.parent) return false;
  return context.attribute === undefined || node.attrs[context.attribute[0]] === context.attribute[1];
}

/** The context that judges a node: the first, in priority order, of its path's (`pathIndex`) and the named ones it matches. */
function contextIndexAt(node: XmlNode, names: string[], pathIndex: number): number {
  for (const { index, context } of NAMED_CONTEXTS) {
    if (pathIndex >= 0 && pathIndex < index) return pathIndex;
    if (matchesNamed(context, node, names)) return index;
  }
  return pathIndex;
}

/** The index of the context that judges a node (its names: the path from the root), -1 when none does. */
export function contextIndexOf(node: XmlNode, names: string[]): number {
  let tree: PathTree | undefined = PATH_TREE;
  for (const name of names) tree = tree?.children.get(name);
  return contextIndexAt(node, names, tree?.index ?? -1);
}

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

/** A count or a condition (absent rules: brokenAbsentRules). `names`: the node's path from the root (the node last); a condition sees its ancestors only. */
function broken(rule: CountOrCondition, node: XmlNode, names: string[], root: XmlNode): boolean {
  if (rule.kind === "condition") return CII_SYNTAX_CONDITIONS[rule.rule]?.holds({ node, ancestors: names.slice(0, -1), root }) === false;
  const count = countAt(node, rule.path);
  return rule.kind === "exactly" ? count !== rule.count : count > rule.count;
}

/** Where a node is, as its segments from under the root ("A/B[2]/C": a position only among same-named siblings). */
function locationOf(path: XmlNode[]): string {
  const segments: string[] = [];
  for (let depth = 1; depth < path.length; depth++) {
    const node = path[depth];
    const same = path[depth - 1].children.filter((child) => child.name === node.name);
    segments.push(same.length > 1 ? `${node.name}[${same.indexOf(node) + 1}]` : node.name);
  }
  return segments.join("/") || path[0].name;
}

/**
 * Every finding of the CII syntax rules on a CrossIndustryInvoice document (one per rule broken, at the first node
 * that breaks it). The walk keeps the path of nodes and of names as stacks, and writes a location only for a finding:
 * it visits every node of every invoice read.
 */
export function ciiSyntaxFindings(root: XmlNode): Finding[] {
  const found = new Map<string, Finding>();
  const names: string[] = [root.name];
  const path: XmlNode[] = [root];
  const visit = (node: XmlNode, pathTree: PathTree | undefined) => {
    const index = contextIndexAt(node, names, pathTree?.index ?? -1);
    if (index >= 0) {
      const { absent, others } = RULES_BY_CONTEXT[index];
      let location: string | undefined;
      const record = (rule: CiiSyntaxRule) => {
        if (found.has(rule.rule)) return;
        const message = rule.kind === "condition" ? (CII_SYNTAX_CONDITIONS[rule.rule]?.message ?? rule.rule) : dataMessage(rule, node.name);
        found.set(rule.rule, { rule: rule.rule, severity: rule.severity, message, location: (location ??= locationOf(path)) });
      };
      brokenAbsentRules(node, absent, record);
      for (const rule of others) if (!found.has(rule.rule) && broken(rule, node, names, root)) record(rule);
    }
    for (const child of node.children) {
      names.push(child.name);
      path.push(child);
      visit(child, pathTree?.children.get(child.name));
      names.pop();
      path.pop();
    }
  };
  visit(root, PATH_TREE.children.get(root.name));
  return [...found.values()].sort((a, b) => a.rule.localeCompare(b.rule, "en", { numeric: true }));
}
