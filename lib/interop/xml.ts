/**
 * XML in and out through fast-xml-parser, so escaping is the library's job:
 * text and attribute values are escaped on the way out and unescaped on the
 * way in. Elements are plain objects: attributes under `@_name`, text under
 * `#text`, CDATA under `__cdata`, a comment under `#comment` (see
 * xmlComment), repeated children as arrays.
 */
import { XMLBuilder, XMLParser, XMLValidator } from "fast-xml-parser";

export type XmlNode = { [key: string]: XmlValue };
export type XmlValue = string | number | XmlNode | XmlNode[] | undefined;

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  textNodeName: "#text",
  cdataPropName: "__cdata",
  commentPropName: "#comment",
  format: true,
  suppressEmptyNode: true,
  // Its default writes an attribute whose value is "true" as a bare name, which is HTML, not XML.
  suppressBooleanAttributes: false,
});

/** A whole document with its XML declaration. */
export function buildXml(root: XmlNode): string {
  return builder.build({ "?xml": { "@_version": "1.0", "@_encoding": "UTF-8" }, ...root }) as string;
}

/** Text that is safe inside `<!-- -->`, which may not hold "--". */
export function xmlComment(text: string): string {
  return ` ${text.replace(/-{2,}/g, "-").replace(/-$/, "- ")} `;
}

/** Parses a document; the elements named in `repeated` are always arrays. Throws on malformed XML. */
export function parseXml(text: string, repeated: ReadonlySet<string>): XmlNode {
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new Error(`Not well-formed XML (line ${valid.err.line}): ${valid.err.msg}`);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    textNodeName: "#text",
    cdataPropName: "__cdata",
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    removeNSPrefix: true,
    isArray: (name) => repeated.has(name),
  });
  return parser.parse(text) as XmlNode;
}

/** The first child element `name` of `node`. */
export function child(node: XmlValue, name: string): XmlNode | undefined {
  return children(node, name)[0];
}

/** The children `name` of `node` as a list (none, one or many). */
export function children(node: XmlValue, name: string): XmlNode[] {
  if (!node || typeof node !== "object" || Array.isArray(node)) return [];
  const value = node[name];
  if (value === undefined) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.map((item) => (typeof item === "object" ? item : { "#text": String(item) }));
}

/** Every element `name` at any depth below `node`, in document order (as far as the parsed object keeps it). */
export function descendants(node: XmlValue, name: string): XmlNode[] {
  if (!node || typeof node !== "object") return [];
  if (Array.isArray(node)) return node.flatMap((item) => descendants(item, name));
  return Object.entries(node)
    .filter(([key]) => !key.startsWith("@_") && key !== "#text")
    .flatMap(([key, value]) => [...(key === name ? children(node, name) : []), ...descendants(value, name)]);
}

/** The attribute `name` of an element. */
export function attribute(node: XmlNode | undefined, name: string): string | undefined {
  const value = node?.[`@_${name}`];
  return value === undefined ? undefined : String(value);
}

/** The text of an element, including text inside CDATA and nested inline elements, whitespace collapsed. */
export function textOf(node: XmlValue): string {
  if (node === undefined) return "";
  if (typeof node === "string" || typeof node === "number") return String(node);
  if (Array.isArray(node)) return node.map(textOf).join(" ");
  return Object.entries(node)
    .filter(([key]) => !key.startsWith("@_"))
    .map(([, value]) => textOf(value))
    .join(" ")
    .replace(/\s+/g, " ")
    .trim();
}
