import { HDR2_CASES } from '../cases/HDR2.cases';
import { parityOf } from '../support/parity';

parityOf(HDR2_CASES);
