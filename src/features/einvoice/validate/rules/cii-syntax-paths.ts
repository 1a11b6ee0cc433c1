// XPath-like steps over our XML tree for the CII syntax rules: every node reached by a path of child names (over
// every child, not only the first) and an attribute at the end of a path. Pure.
import { descendants, type XmlNode } from "../../read/safe-xml.ts";

// The syntax rules ask each node for hundreds of paths (most of them absent): each node's children are grouped by
// name once, on first use, and each path split once, so that a step costs one lookup instead of a pass over the
// children (this took most of the time of reading a CII invoice). A grouping is dropped when the children change
// (another array, or one more or less), as a test's tree may between two readings.
type ChildrenByName = { children: XmlNode[]; count: number; byName: Map<string, XmlNode[]> };
const childrenByName = new WeakMap<XmlNode, ChildrenByName>();
const stepsByPath = new Map<string, string[]>();
const NONE: XmlNode[] = [];

function childrenNamed(node: XmlNode, name: string): XmlNode[] {
  let grouped = childrenByName.get(node);
  if (!grouped || grouped.children !== node.children || grouped.count !== node.children.length) {
    const byName = new Map<string, XmlNode[]>();
    for (const child of node.children) {
      const same = byName.get(child.name);
      if (same) same.push(child);
      else byName.set(child.name, [child]);
    }
    grouped = { children: node.children, count: node.children.length, byName };
    childrenByName.set(node, grouped);
  }
  return grouped.byName.get(name) ?? NONE;
}

function stepsOf(path: string): string[] {
  let steps = stepsByPath.get(path);
  if (!steps) {
    steps = path.split("/");
    stepsByPath.set(path, steps);
  }
  return steps;
}

function reached(node: XmlNode, steps: string[], end: number): XmlNode[] {
  let current = [node];
  for (let index = 0; index < end && current.length > 0; index++) {
    current = current.length === 1 ? childrenNamed(current[0], steps[index]) : current.flatMap((item) => childrenNamed(item, steps[index]));
  }
  return current;
}

/** Every node reached by a path of child names ("DefinedTradeContact/PersonName" over every contact). */
export function nodesAt(node: XmlNode | undefined, path: string): XmlNode[] {
  if (!node) return [];
  const steps = stepsOf(path);
  return [...reached(node, steps, steps.length)];
}

/** How many nodes (or attributes, when the path ends with "@name") a path reaches. */
export function countAt(node: XmlNode, path: string): number {
  const steps = stepsOf(path);
  const last = steps[steps.length - 1];
  if (!last.startsWith("@")) return reached(node, steps, steps.length).length;
  const attribute = last.slice(1);
  return reached(node, steps, steps.length - 1).filter((holder) => holder.attrs[attribute] !== undefined).length;
}

export const exists = (node: XmlNode | undefined, path: string) => node !== undefined && countAt(node, path) > 0;

/** Every node at a path under any node of the document named `first` (XPath //first/rest). */
export const everywhere = (root: XmlNode, first: string, rest: string) =>
  descendants(root)
    .filter((node) => node.name === first)
    .flatMap((node) => nodesAt(node, rest));

export const normalizeSpace = (text: string) => text.replace(/\s+/g, " ").trim();
