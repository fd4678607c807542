/** Elastic Beanstalk environments (DNS1): a CNAME to `<prefix>.<region>.elasticbeanstalk.com` is served by the environment with that prefix. */
import { camelCased } from '../cfn/mappings/common';
import { CfnMapping } from '../cfn/mappings/types';
import { defineKind } from './kind-module';

export interface EnvironmentSettingProps {
  namespace?: string;
  name?: string;
  value?: string;
}

export interface EnvironmentProps {
  name?: string;
  application?: string;
  cnamePrefix?: string;
  /** An output of the environment (`<prefix>.<region>.elasticbeanstalk.com`), never an input. */
  cname?: string;
  settings?: EnvironmentSettingProps[];
}

const ENVIRONMENT_RENAMES = { ApplicationName: 'application', EnvironmentName: 'name', OptionSettings: 'settings', OptionName: 'name' };

const environment: CfnMapping = (r) => [{ props: camelCased(r.props, ENVIRONMENT_RENAMES) }];

export const ELASTICBEANSTALK_ENVIRONMENT = defineKind<EnvironmentProps>()({
  kind: 'elasticbeanstalk:Environment',
  pulumi: ['aws:elasticbeanstalk/environment:Environment'],
  cfn: { 'AWS::ElasticBeanstalk::Environment': environment },
  pathNames: { ...ENVIRONMENT_RENAMES, CNAMEPrefix: 'cnamePrefix' },
});
