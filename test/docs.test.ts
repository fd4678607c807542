/** docs/requirements.md is generated from the catalog (`npm run docs`) and must not drift from it. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REQUIREMENTS } from '../src/catalog';
import { renderRequirementsDoc } from '../src/cli/reports/requirements-doc';
import { docExamples } from './cases/examples';

const DOC = path.join(__dirname, '..', 'docs', 'requirements.md');

describe('docs/requirements.md', () => {
  const committed = fs.readFileSync(DOC, 'utf8');

  it('is exactly what `npm run docs` generates from the catalog (run it after changing the catalog)', () => {
    expect(committed === renderRequirementsDoc(docExamples())).toBe(true);
  });

  it('has a section per requirement, anchored by its lower-case ID, with every source sentence and both fixes', () => {
    const headings = committed.split('\n').filter((l) => /^## /.test(l));
    expect(headings).toEqual(REQUIREMENTS.map((r) => `## ${r.id}`));
    const sections = new Map(
      committed
        .split('\n## ')
        .slice(1)
        .map((s) => [s.split('\n')[0], s]),
    );
    for (const r of REQUIREMENTS) {
      const body = sections.get(r.id) ?? '';
      for (const s of r.sources) expect(body).toContain(`> ${s.quote}`);
      expect(body).toContain(r.fix.pulumi);
      expect(body).toContain(r.fix.cdk);
      expect(body).toContain(`"id": "${r.id}"`);
      expect(body).toContain(`acknowledge({ id: 'Marketplace-${r.id}'`);
    }
  });
});
