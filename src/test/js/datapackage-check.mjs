// Opens a Data Package zip with the Frictionless libraries (datapackage-js, tableschema-js): validates datapackage.json
// against the tabular-data-package profile (JSON Schema), each resource's schema against the Table Schema profile,
// then reads every row of every resource with types cast and foreign keys resolved. Prints what was read.
// Usage: node datapackage-check.mjs <package.zip>
import { Package } from "datapackage";
import { Schema } from "tableschema";

const dataPackage = await Package.load(process.argv[2], {});
const result = { valid: dataPackage.valid, errors: dataPackage.errors.map(String), profile: dataPackage.descriptor.profile, resources: [] };
for (const resource of dataPackage.valid ? dataPackage.resources : []) {
  const schema = await Schema.load(resource.descriptor.schema);
  const rows = await resource.read({ keyed: true, cast: true, relations: true });
  const first = rows[0] || {};
  result.resources.push({
    name: resource.name,
    tabular: resource.tabular,
    schemaValid: schema.valid,
    schemaErrors: schema.errors.map(String),
    fields: schema.fieldNames,
    rows: rows.length,
    // Types as the library cast them: a number field arrives as a decimal.js/number, a date as a Date.
    firstRow: Object.fromEntries(Object.entries(first).map(([k, v]) => [k, v === null ? null : typeof v === "object" && !(v instanceof Date) ? "relation:" + JSON.stringify(v).slice(0, 60) : (v instanceof Date ? "date:" + v.toISOString().slice(0, 10) : typeof v + ":" + String(v))])),
  });
}
console.log(JSON.stringify(result));
