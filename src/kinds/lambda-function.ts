/** Lambda functions (RUN1 runtime; SEC4 environment variables). */
import { camelCaseProps, isProps } from '../cfn/mappings/common';
import { omit, renamed, single } from '../cfn/mappings/shape';
import { CfnMapping } from '../cfn/mappings/types';
import { defineKind } from './kind-module';

export interface FunctionProps {
  name?: string;
  /** Required by AWS for a .zip function; an `Image` function's runtime is its container image. */
  runtime?: string;
  /** Absent: `Zip`. */
  packageType?: string;
  handler?: string;
  role?: string;
  /** Variable names as written (names the user chose). */
  environment?: { variables?: Readonly<Record<string, string>> };
  kmsKeyArn?: string;
  s3Bucket?: string;
  s3Key?: string;
  s3ObjectVersion?: string;
  imageUri?: string;
  sourceKmsKeyArn?: string;
  fileSystemConfig?: { arn?: string; localMountPath?: string };
  imageConfig?: { commands?: string[]; entryPoints?: string[]; workingDirectory?: string };
}

const FUNCTION_RENAMES = { FunctionName: 'name' };
const CODE_RENAMES = { SourceKMSKeyArn: 'sourceKmsKeyArn' };
const IMAGE_CONFIG_RENAMES = { Command: 'commands', EntryPoint: 'entryPoints' };

/**
 * `Code` is flattened into Pulumi's `s3Bucket`/`s3Key`/`s3ObjectVersion`/`imageUri` (inline `ZipFile`
 * source is Pulumi's `code` archive, which no check reads); environment variable names are kept as written.
 */
const lambdaFunction: CfnMapping = ({ props }) => {
  const { Code, Environment, FileSystemConfigs, ImageConfig, ...rest } = props;
  const out = renamed(rest, FUNCTION_RENAMES);
  if (isProps(Code)) Object.assign(out, renamed(omit(Code, ['ZipFile']), CODE_RENAMES));
  if (Environment !== undefined) out.environment = isProps(Environment) ? renamed(Environment, {}, ['Variables']) : Environment;
  if (FileSystemConfigs !== undefined) out.fileSystemConfig = single(camelCaseProps(FileSystemConfigs)) ?? null;
  if (ImageConfig !== undefined) out.imageConfig = isProps(ImageConfig) ? renamed(ImageConfig, IMAGE_CONFIG_RENAMES) : ImageConfig;
  return [{ props: out }];
};

export const LAMBDA_FUNCTION = defineKind<FunctionProps>()({
  kind: 'lambda:Function',
  pulumi: ['aws:lambda/function:Function'],
  cfn: { 'AWS::Lambda::Function': lambdaFunction },
  pathNames: { ...FUNCTION_RENAMES, ...CODE_RENAMES, ...IMAGE_CONFIG_RENAMES, FileSystemConfigs: 'fileSystemConfig' },
});
