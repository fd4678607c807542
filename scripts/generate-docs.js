#!/usr/bin/env node
/**
 * Writes docs/requirements.md from the compiled catalog (`npm run docs` builds first).
 * test/docs.test.ts fails when the committed file differs from what this writes.
 */
const fs = require('node:fs');
const path = require('node:path');
const { renderRequirementsDoc } = require('../dist/src/cli/reports/requirements-doc.js');

const target = path.join(__dirname, '..', 'docs', 'requirements.md');
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.writeFileSync(target, renderRequirementsDoc());
process.stdout.write(`wrote ${path.relative(process.cwd(), target)}\n`);
