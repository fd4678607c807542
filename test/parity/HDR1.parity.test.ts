import { HDR1_CASES } from '../cases/HDR1.cases';
import { parityOf } from '../support/parity';

parityOf(HDR1_CASES);
