/** EFS file systems: the template's names camelCase into Pulumi's. */
import { defaultMapping } from '../cfn/mappings/common';
import { defineKind } from './kind-module';

export interface EfsFileSystemProps {
  /** The CreateFileSystem API default is unencrypted (only the console defaults to encrypted). */
  encrypted?: boolean;
  kmsKeyId?: string;
}

export const EFS_FILE_SYSTEM = defineKind<EfsFileSystemProps>()({
  kind: 'efs:FileSystem',
  pulumi: ['aws:efs/fileSystem:FileSystem'],
  cfn: { 'AWS::EFS::FileSystem': defaultMapping },
});
