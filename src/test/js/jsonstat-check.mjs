// Loads a JSON-stat document with the real jsonstat-toolkit library and prints what a client sees:
// dimension ids, sizes, roles and labels, and every cell (value, status) in row-major order.
// Usage: node jsonstat-check.mjs <file.json>
import { readFileSync } from "node:fs";
import JSONstat from "jsonstat-toolkit";

const text = readFileSync(process.argv[2], "utf8");
const ds = JSONstat(JSON.parse(text));
if (ds.class !== "dataset" || ds.length === 0) {
  console.error("jsonstat-toolkit did not load a dataset: class=" + ds.class);
  process.exit(2);
}
const dimensions = ds.id.map((id) => {
  const d = ds.Dimension(id);
  return {
    id,
    role: d.role,
    label: d.label,
    categories: d.id.map((c) => ({ id: c, label: d.Category(c).label, unit: d.Category(c).unit || null })),
  };
});
// Coordinates of each non-null cell, via the toolkit's own lookup by category ids.
const located = [];
for (let i = 0; i < ds.n; i++) {
  const value = (ds.Data(i) || { value: null }).value;
  if (value === null) continue;
  let rest = i;
  const coordinates = {};
  for (let k = ds.id.length - 1; k >= 0; k--) {
    const size = ds.size[k];
    coordinates[ds.id[k]] = dimensions[k].categories[rest % size].id;
    rest = Math.floor(rest / size);
  }
  const byIds = ds.Data(coordinates);
  located.push({ coordinates, value: String(byIds.value), status: byIds.status || null });
}
console.log(JSON.stringify({ label: ds.label, n: ds.n, id: ds.id, size: ds.size, role: ds.role, dimensions, cells: located }));
