import { HDR4_CASES } from '../cases/HDR4.cases';
import { parityOf } from '../support/parity';

parityOf(HDR4_CASES);
