import { Requirement } from '../types';

/* Quotes are verbatim from shared/seeds; levels follow the rule stated in tls.ts. */
const MIRO = '000_3a6f8757cabd1b3d.txt';
const ATLASSIAN_GUIDELINES = '001_38a64b8c7ac22666.txt';
const ATLASSIAN_REQUIREMENTS = '002_9dae125c408bd9d6.txt';
const TRELLO = '003_be9a984fc131ae42.txt';

export const RUN_REQUIREMENTS: Requirement[] = [
  {
    id: 'RUN1',
    area: 'RUN',
    title: 'Lambda functions run on a supported runtime',
    rationale:
      'A deprecated runtime no longer receives security patches, so its language runtime and bundled libraries keep known vulnerabilities; move to a supported version before the deprecation date.',
    sources: [
      {
        marketplace: 'miro',
        seed: MIRO,
        section: 'item 1 of list 3 after "Logging"',
        level: 'must',
        quote: 'Do not use vulnerable libraries.',
      },
      {
        marketplace: 'miro',
        seed: MIRO,
        section: 'item 2 of list 3 after "Logging"',
        level: 'must',
        quote: 'Ensure there are no medium, high, or critical vulnerabilities in your app.',
      },
      {
        marketplace: 'atlassian',
        seed: ATLASSIAN_GUIDELINES,
        section: 'App server configuration',
        level: 'should',
        quote: 'Ensure your app server is up-to-date with the latest patches.',
      },
      {
        marketplace: 'atlassian',
        seed: ATLASSIAN_REQUIREMENTS,
        section: 'Use of external components',
        level: 'must',
        quote: 'The application must not use versions of third-party libraries and dependencies with known vulnerabilities of high or critical severity.',
      },
      {
        marketplace: 'trello',
        seed: TRELLO,
        section: 'Backend Server Security',
        level: 'should',
        quote: 'The application should not use versions of third-party libraries and dependencies with known vulnerabilities of high or critical severity.',
      },
    ],
    enforcement: 'mandatory',
    check: 'Lambda runtimes are supported: deprecated runtimes fail (dated table in code, evaluated against the current date); within 90 days of deprecation is advisory.',
    fix: {
      pulumi: `new aws.lambda.Function('app', {
  ...functionArgs,
  runtime: aws.lambda.Runtime.NodeJS22dX,
});`,
      cdk: `new lambda.Function(this, 'App', {
  ...functionProps,
  runtime: lambda.Runtime.NODEJS_22_X,
});`,
      cloudformation: `App:
  Type: AWS::Lambda::Function
  Properties:
    Runtime: nodejs22.x`,
    },
  },
];
