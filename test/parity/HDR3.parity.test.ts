import { HDR3_CASES } from '../cases/HDR3.cases';
import { parityOf } from '../support/parity';

parityOf(HDR3_CASES);
