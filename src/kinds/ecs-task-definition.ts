/** ECS task definitions (SEC4 reads the containers' environment). */
import { defaultMapping } from '../cfn/mappings/common';
import { defineKind } from './kind-module';

export interface ContainerEnvironmentEntry {
  name?: string;
  value?: string;
}

export interface ContainerDefinition {
  name?: string;
  image?: string;
  /** Plain-text variables; `secrets` (`valueFrom`) is where secret values belong. */
  environment?: ContainerEnvironmentEntry[];
  secrets?: { name?: string; valueFrom?: string }[];
}

export interface TaskDefinitionProps {
  family?: string;
  /** A JSON string of the container list in Pulumi; a list of objects from a template. */
  containerDefinitions?: string | ContainerDefinition[];
  executionRoleArn?: string;
  taskRoleArn?: string;
}

export const ECS_TASK_DEFINITION = defineKind<TaskDefinitionProps>()({
  kind: 'ecs:TaskDefinition',
  pulumi: ['aws:ecs/taskDefinition:TaskDefinition'],
  cfn: { 'AWS::ECS::TaskDefinition': defaultMapping },
});
