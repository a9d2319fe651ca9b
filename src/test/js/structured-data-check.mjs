// Reads the schema.org JSON-LD an explorer page embeds: takes the text of every <script type="application/ld+json">
// (a script's text runs to the first "</script", as an HTML parser reads it), parses it as JSON and expands it with
// jsonld.js under a document loader that refuses every remote context. Prints the expanded documents for the Java test.
// Usage: node structured-data-check.mjs <page.html>
import { readFileSync } from "node:fs";
import jsonld from "jsonld";

const documentLoader = async (url) => {
  throw new Error("remote context fetched: " + url);
};
const html = readFileSync(process.argv[2], "utf8");
const blocks = [...html.matchAll(/<script\s+type="application\/ld\+json"\s*>([\s\S]*?)<\/script/gi)].map((m) => m[1]);
const expanded = [];
for (const block of blocks) {
  expanded.push(await jsonld.expand(JSON.parse(block), { documentLoader }));
}
console.log(JSON.stringify({ blocks: blocks.length, expanded }));
