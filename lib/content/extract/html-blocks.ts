/**
 * An HTML fragment → the importer's text: one block per paragraph, heading,
 * list item, caption or quotation, separated by blank lines; a <br> is a line
 * break inside its block.
 */

/** Elements that hold text as one block when no other such element is inside them. */
const BLOCKS = new Set([
  "P",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "LI",
  "BLOCKQUOTE",
  "FIGCAPTION",
  "PRE",
  "DT",
  "DD",
  "TD",
  "TH",
  "CAPTION",
  "ADDRESS",
  "DIV",
  "SECTION",
  "ARTICLE",
  "ASIDE",
  "HEADER",
  "FOOTER",
  "FIGURE",
  "UL",
  "OL",
  "TABLE",
  "TR",
]);
/** Never text of the reading. */
const SKIPPED = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "IFRAME", "BUTTON", "FORM", "SELECT", "TEXTAREA"]);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

const ELEMENT = 1;
const TEXT = 3;

export function htmlBlocks(root: DomNode): string {
  const blocks: string[] = [];
  let inline = "";
  const flush = () => {
    const text = inline
      .split("\n")
      .map((line) => line.replace(/\s+/g, " ").trim())
      .filter(Boolean)
      .join("\n");
    if (text) blocks.push(text);
    inline = "";
  };
  const walk = (node: DomNode) => {
    // Source line breaks are spaces; only <br> breaks a line.
    if (node.nodeType === TEXT) inline += (node.textContent ?? "").replace(/\s+/g, " ");
    if (node.nodeType !== ELEMENT || SKIPPED.has(node.nodeName)) return;
    if (node.nodeName === "BR") inline += "\n";
    const isBlock = BLOCKS.has(node.nodeName);
    if (isBlock) flush();
    for (const child of Array.from(node.childNodes)) walk(child);
    if (isBlock) flush();
  };
  walk(root);
  flush();
  return blocks.join("\n\n");
}
