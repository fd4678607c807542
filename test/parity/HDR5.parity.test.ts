import { HDR5_CASES } from '../cases/HDR5.cases';
import { parityOf } from '../support/parity';

parityOf(HDR5_CASES);
