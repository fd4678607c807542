import { camelCase } from '../../src/cfn/names';

describe('camelCase', () => {
  it.each([
    ['ViewerCertificate', 'viewerCertificate'],
    ['DNSName', 'dnsName'],
    ['SSEAlgorithm', 'sseAlgorithm'],
    ['KMSMasterKeyID', 'kmsMasterKeyID'],
    ['CidrIp', 'cidrIp'],
    ['ID', 'id'],
    ['A', 'a'],
    ['already', 'already'],
  ])('%s -> %s', (from, to) => expect(camelCase(from)).toBe(to));
});
