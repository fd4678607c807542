#!/usr/bin/env node
void require('../dist/src/cli/main.js').main(process.argv.slice(2));
