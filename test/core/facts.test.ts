import { Fact, StackFacts } from '../../src/core/facts';
import { Ref, Unknown } from '../../src/core/values';

const fact = (key: string, kind: Fact['kind'], props: Fact['props'], extra: Partial<Fact> = {}): Fact => ({ key, kind, type: kind, name: key, props, ...extra });

describe('StackFacts', () => {
  const bucket = fact('bucket', 's3:Bucket', { bucket: 'assets' }, { ids: ['assets', 'arn:aws:s3:::assets'] });
  const other = fact('other', 's3:Bucket', {}, { ids: ['other'] });
  const byRef = fact('bpa-ref', 's3:BucketPublicAccessBlock', { bucket: new Ref('bucket') });
  const byName = fact('bpa-name', 's3:BucketPublicAccessBlock', { bucket: 'assets' });
  const byDependency = fact('bpa-dep', 's3:BucketPublicAccessBlock', { bucket: new Unknown('bucket') }, { dependsOn: { bucket: ['bucket'] } });
  const unresolved = fact('bpa-unknown', 's3:BucketPublicAccessBlock', { bucket: new Unknown('bucket') });
  const external = fact('bpa-external', 's3:BucketPublicAccessBlock', { bucket: 'someone-elses' });
  const ambiguous = fact('bpa-ambiguous', 's3:BucketPublicAccessBlock', { bucket: new Unknown('bucket') }, { dependsOn: { bucket: ['bucket', 'other'] } });
  const stack = new StackFacts([bucket, other, byRef, byName, byDependency, unresolved, external, ambiguous]);

  it('indexes by kind and key', () => {
    expect(stack.ofKind('s3:Bucket').map((f) => f.key)).toEqual(['bucket', 'other']);
    expect(stack.ofKind('s3:Bucket', 'kms:Key')).toEqual([bucket, other]);
    expect(stack.ofKind('kms:Key', 's3:Bucket')).toEqual([bucket, other]);
    expect(stack.ofKind('s3:BucketPublicAccessBlock', 's3:Bucket').map((f) => f.key)).toEqual(['bpa-ref', 'bpa-name', 'bpa-dep', 'bpa-unknown', 'bpa-external', 'bpa-ambiguous', 'bucket', 'other']);
    expect(stack.byKey('bpa-ref')).toBe(byRef);
  });

  it('resolves refs, known ids, property dependencies, externals and unknowns', () => {
    expect(stack.resolve(byRef, 'bucket', ['s3:Bucket'])).toEqual({ to: 'resources', facts: [bucket] });
    expect(stack.resolve(byName, 'bucket', ['s3:Bucket'])).toEqual({ to: 'resources', facts: [bucket] });
    expect(stack.resolve(byDependency, 'bucket', ['s3:Bucket'])).toEqual({ to: 'resources', facts: [bucket] });
    expect(stack.resolve(ambiguous, 'bucket', ['s3:Bucket'])).toEqual({ to: 'resources', facts: [bucket, other] });
    expect(stack.resolve(external, 'bucket', ['s3:Bucket'])).toEqual({ to: 'external', value: 'someone-elses' });
    expect(stack.resolve(unresolved, 'bucket', ['s3:Bucket']).to).toBe('unknown');
    expect(stack.resolve(byRef, 'missing', ['s3:Bucket'])).toEqual({ to: 'absent' });
    // A reference to a resource of another kind does not resolve to it.
    expect(stack.resolve(byRef, 'bucket', ['kms:Key']).to).toBe('unknown');
  });

  it('resolves to one resource when several of its ids are the same string (a bucket id is its name)', () => {
    const named = fact('named', 's3:Bucket', { bucket: 'logs' }, { ids: ['logs', 'arn:aws:s3:::logs', 'logs'] });
    const bpa = fact('bpa', 's3:BucketPublicAccessBlock', { bucket: 'logs' });
    const s = new StackFacts([named, bpa]);
    expect(s.resolve(bpa, 'bucket', ['s3:Bucket'])).toEqual({ to: 'resources', facts: [named] });
    expect(s.referrers(named, 's3:BucketPublicAccessBlock', 'bucket')).toEqual({ facts: [bpa], unresolved: [] });
  });

  it('follows the property dependency of a list property from a path inside it', () => {
    const lbFact = fact('lb', 'lb:LoadBalancer', {});
    const record = fact('rec', 'route53:Record', { aliases: [{ name: new Unknown('aliases[0].name') }] }, { dependsOn: { aliases: ['lb'] } });
    const s = new StackFacts([lbFact, record]);
    expect(s.resolve(record, 'aliases.0.name', ['lb:LoadBalancer'])).toEqual({ to: 'resources', facts: [lbFact] });
  });

  it('finds referrers through one index, and the referrers it could not resolve', () => {
    const r = stack.referrers(bucket, 's3:BucketPublicAccessBlock', 'bucket');
    expect(r.facts.map((f) => f.key).sort()).toEqual(['bpa-dep', 'bpa-name', 'bpa-ref']);
    expect(r.unresolved.map((f) => f.key).sort()).toEqual(['bpa-ambiguous', 'bpa-unknown']);
    expect(stack.referrers(other, 's3:BucketPublicAccessBlock', 'bucket').facts).toEqual([]);
  });
  it('returns nothing for a kind or key the stack lacks, and matches ids only among the asked kinds', () => {
    expect(stack.ofKind('kms:Key')).toEqual([]);
    expect(stack.ofKind('kms:Key', 'lb:LoadBalancer')).toEqual([]);
    expect(stack.byKey('nope')).toBeUndefined();
    expect(stack.withId('assets', ['s3:Bucket'])).toEqual([bucket]);
    expect(stack.withId('assets', ['kms:Key'])).toEqual([]);
    expect(stack.withId('nope', ['s3:Bucket'])).toEqual([]);
  });

  it('resolves what it cannot follow to an unknown naming the property', () => {
    const dangling = fact('dangling', 's3:BucketPublicAccessBlock', { bucket: new Ref('gone') });
    const numeric = fact('numeric', 's3:BucketPublicAccessBlock', { bucket: 42 });
    const nested = fact('nested', 's3:BucketPublicAccessBlock', { bucket: { name: 'assets' } });
    const s = new StackFacts([bucket, dangling, numeric, nested]);
    for (const f of [dangling, numeric, nested]) expect(s.resolve(f, 'bucket', ['s3:Bucket'])).toEqual({ to: 'unknown', unknown: new Unknown('bucket') });
    const u = new Unknown('bucket (output)');
    const noDeps = fact('no-deps', 's3:BucketPublicAccessBlock', { bucket: u });
    expect(s.resolve(noDeps, 'bucket', ['s3:Bucket'])).toEqual({ to: 'unknown', unknown: u });
  });

  it('keeps only dependencies of the asked kinds that are in the stack', () => {
    const key = fact('key', 'kms:Key', {});
    const dep = fact('dep', 's3:BucketPublicAccessBlock', { bucket: new Unknown('bucket') }, { dependsOn: { bucket: ['key', 'gone', 'bucket'], other: ['other'] } });
    const s = new StackFacts([bucket, other, key, dep]);
    expect(s.resolve(dep, 'bucket', ['s3:Bucket'])).toEqual({ to: 'resources', facts: [bucket] });
    expect(s.resolve(dep, 'bucket', ['kms:Key'])).toEqual({ to: 'resources', facts: [key] });
    const listDep = fact('list-dep', 's3:BucketPublicAccessBlock', { rules: [new Unknown('rules[0]')] }, { dependsOn: { rules: ['key'] } });
    expect(new StackFacts([key, listDep]).resolve(listDep, 'rules.0', ['kms:Key'])).toEqual({ to: 'resources', facts: [key] });
  });

  it('indexes referrers per kind, path and target kind, leaving out those that point outside the stack', () => {
    const key = fact('key', 'kms:Key', {}, { ids: ['assets'] });
    const s = new StackFacts([bucket, key, byName, external]);
    expect(s.referrers(bucket, 's3:BucketPublicAccessBlock', 'bucket')).toEqual({ facts: [byName], unresolved: [] });
    expect(s.referrers(key, 's3:BucketPublicAccessBlock', 'bucket')).toEqual({ facts: [byName], unresolved: [] });
    expect(s.referrers(bucket, 's3:BucketPublicAccessBlock', 'missing')).toEqual({ facts: [], unresolved: [] });
    expect(s.referrers(bucket, 's3:BucketPublicAccessBlock', 'bucket')).toEqual({ facts: [byName], unresolved: [] });
    const twoReferrers = new StackFacts([bucket, byRef, byName]);
    expect(twoReferrers.referrers(bucket, 's3:BucketPublicAccessBlock', 'bucket').facts).toEqual([byRef, byName]);
  });

  it('indexes a fact under each of its ids', () => {
    const s = new StackFacts([bucket, fact('twin', 's3:Bucket', {}, { ids: ['arn:aws:s3:::assets'] })]);
    expect(s.withId('arn:aws:s3:::assets', ['s3:Bucket']).map((f) => f.key)).toEqual(['bucket', 'twin']);
    expect(s.withId('assets', ['s3:Bucket']).map((f) => f.key)).toEqual(['bucket']);
    expect(new StackFacts([fact('plain', 's3:Bucket', {})]).withId('plain', ['s3:Bucket'])).toEqual([]);
  });
});
