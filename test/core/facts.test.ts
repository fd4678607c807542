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
    expect(stack.ofKind('s3:Bucket', 'kms:Key')).toHaveLength(2);
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
});
