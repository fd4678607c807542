import Ajv from 'ajv';
import { DEFAULT_PARAMS, PARAM_SCHEMAS, ParamName } from '../../src/core/params';

describe('parameters', () => {
  it('default to the catalog values: HTTPS-only egress, HTTP(S) ingress, 90-day rotation, nothing managed elsewhere', () => {
    expect(DEFAULT_PARAMS.allowedEgressPorts).toEqual([443]);
    expect(DEFAULT_PARAMS.allowedIngressPorts).toEqual([80, 443]);
    expect(DEFAULT_PARAMS.maxRotationDays).toBe(90);
    for (const list of [DEFAULT_PARAMS.allowedEgressCidrs, DEFAULT_PARAMS.ownedExternalHosts]) expect(list).toEqual([]);
    for (const flag of [DEFAULT_PARAMS.acceptSseS3, DEFAULT_PARAMS.auditTrailManagedElsewhere, DEFAULT_PARAMS.monitoringManagedElsewhere]) expect(flag).toBe(false);
    expect(Object.isFrozen(DEFAULT_PARAMS)).toBe(true);
  });

  it('default the static assets to nine CloudFront path patterns, each a directory or an extension', () => {
    expect(DEFAULT_PARAMS.staticPathPatterns).toHaveLength(9);
    expect(new Set(DEFAULT_PARAMS.staticPathPatterns).size).toBe(9);
    for (const pattern of DEFAULT_PARAMS.staticPathPatterns) expect(pattern).toMatch(/^(\/[a-z]+\/\*|\*\.[a-z0-9]+)$/);
    expect(DEFAULT_PARAMS.staticPathPatterns).toEqual(expect.arrayContaining(['/static/*', '/assets/*', '*.js', '*.css']));
  });

  it('have a described schema for each parameter that its default meets and a wrongly typed value does not', () => {
    const ajv = new Ajv({ strict: true });
    const names = Object.keys(DEFAULT_PARAMS) as ParamName[];
    expect(Object.keys(PARAM_SCHEMAS).sort()).toEqual([...names].sort());
    for (const name of names) {
      const { description, ...schema } = PARAM_SCHEMAS[name];
      expect(description.length).toBeGreaterThan(10);
      const validate = ajv.compile(schema);
      expect(validate(DEFAULT_PARAMS[name])).toBe(true);
      expect(validate('not-a-value')).toBe(false);
    }
  });

  it('type array elements and bound the rotation interval', () => {
    const ajv = new Ajv();
    const { description: _d, ...ports } = PARAM_SCHEMAS.allowedEgressPorts;
    expect(ajv.validate(ports, ['443'])).toBe(false);
    for (const name of ['allowedEgressCidrs', 'staticPathPatterns', 'ownedExternalHosts'] as const) {
      const { description: _e, ...strings } = PARAM_SCHEMAS[name];
      expect(ajv.validate(strings, [443])).toBe(false);
    }
    const { description: _f, ...ingress } = PARAM_SCHEMAS.allowedIngressPorts;
    expect(ajv.validate(ingress, ['80'])).toBe(false);
    const { description: _g, ...days } = PARAM_SCHEMAS.maxRotationDays;
    expect(ajv.validate(days, 1)).toBe(true);
    expect(ajv.validate(days, 0)).toBe(false);
    expect(ajv.validate(days, 1.5)).toBe(false);
  });
});
