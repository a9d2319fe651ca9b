// Reads the DCAT catalogue in both its forms with real RDF libraries: the JSON-LD with jsonld.js (expanded and turned
// into triples with a document loader that refuses every remote context), the Turtle with N3.js. Prints whether the
// two give the same triples, and the expanded JSON-LD for the Java test to inspect.
// Usage: node catalog-check.mjs <catalog.jsonld> <catalog.ttl>
import { readFileSync } from "node:fs";
import jsonld from "jsonld";
import N3 from "n3";

const documentLoader = async (url) => {
  throw new Error("remote context fetched: " + url);
};
const doc = JSON.parse(readFileSync(process.argv[2], "utf8"));
const expanded = await jsonld.expand(doc, { documentLoader });
const fromJsonLd = await jsonld.toRDF(doc, { documentLoader });

const key = (q) => {
  const o = q.object;
  const literal = o.termType === "Literal";
  const datatype = literal ? (o.datatype && o.datatype.value) || "" : "";
  const language = literal ? o.language || "" : "";
  return [q.subject.value, q.predicate.value, o.termType, o.value, language ? "" : datatype, language].join(" | ");
};
const jsonLdKeys = new Set(fromJsonLd.map(key));
const turtleKeys = new Set(new N3.Parser({ format: "text/turtle" }).parse(readFileSync(process.argv[3], "utf8")).map(key));
const onlyJsonLd = [...jsonLdKeys].filter((k) => !turtleKeys.has(k));
const onlyTurtle = [...turtleKeys].filter((k) => !jsonLdKeys.has(k));
console.log(JSON.stringify({
  triples: jsonLdKeys.size,
  turtleTriples: turtleKeys.size,
  same: onlyJsonLd.length === 0 && onlyTurtle.length === 0,
  onlyJsonLd: onlyJsonLd.slice(0, 5),
  onlyTurtle: onlyTurtle.slice(0, 5),
  expanded,
}));
