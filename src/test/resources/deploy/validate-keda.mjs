// Validates KEDA ScaledObjects against the schema that @kubernetes-models/keda generates from
// KEDA's own API types (types, enums, required fields). Usage:
//   node validate-keda.mjs <global node_modules> <file.yaml>...
// Prints one line per problem and exits 1 if there is any. Used by KedaScaledObjectTest.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [modules, ...files] = process.argv.slice(2);
const load = (path) => import(pathToFileURL(join(modules, path)).href);
const { ScaledObject } = await load("@kubernetes-models/keda/keda.sh/v1alpha1/ScaledObject.js");
const yaml = await load("yaml/dist/index.js");
let problems = 0;
for (const file of files) {
  for (const doc of yaml.parseAllDocuments(readFileSync(file, "utf8"))) {
    const object = doc.toJS();
    if (!object) continue;
    try {
      new ScaledObject(object).validate();
      console.log(`${file}: ${object.metadata?.name} ok`);
    } catch (e) {
      problems++;
      console.log(`${file}: ${e.message}`);
    }
  }
}
process.exit(problems ? 1 : 0);
