#!/usr/bin/env node
/**
 * Writes docs/requirements.md from the catalog and the requirements' cases (test/cases), read from the
 * TypeScript sources through ts-node (transpile only: `npm test` type-checks them), so no build is needed.
 * test/docs.test.ts fails when the committed file differs from what this writes.
 */
const fs = require('node:fs');
const path = require('node:path');
require('ts-node').register({ transpileOnly: true, project: path.join(__dirname, '..', 'tsconfig.json') });
const { renderRequirementsDoc } = require('../src/cli/reports/requirements-doc.ts');
const { docExamples } = require('../test/cases/examples.ts');

const target = path.join(__dirname, '..', 'docs', 'requirements.md');
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.writeFileSync(target, renderRequirementsDoc(docExamples()));
process.stdout.write(`wrote ${path.relative(process.cwd(), target)}\n`);
