/** A folder of templates without a manifest: each stack once, nested stack templates only through their parent. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { stackTemplatesOf } from '../../src/cfn/cloud-assembly';
import { tempDir } from '../support/cli';

describe('templates in a folder without manifest.json', () => {
  it('lists the stacks and leaves CDK nested stack templates to their parent', () => {
    const dir = tempDir('mg-folder-');
    const template = JSON.stringify({ Resources: { Topic: { Type: 'AWS::SNS::Topic' } } });
    for (const f of ['App.template.json', 'Other.template.json', 'AppNetwork1A2B3C4D.nested.template.json']) fs.writeFileSync(path.join(dir, f), template);
    expect(stackTemplatesOf(dir).map((t) => t.stack)).toEqual(['App', 'Other']);
  });
});
