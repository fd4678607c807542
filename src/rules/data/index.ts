import { Rule } from '../../core/rule';
import { DATA1 } from './DATA1-s3-block-public-access';
import { DATA2 } from './DATA2-s3-no-public-grants';
import { DATA3 } from './DATA3-s3-default-encryption-kms';
import { DATA4 } from './DATA4-stores-encrypted';
import { DATA5 } from './DATA5-stores-not-public';
import { DATA6 } from './DATA6-recoverability';

export const DATA_RULES: readonly Rule[] = [DATA1, DATA2, DATA3, DATA4, DATA5, DATA6];
