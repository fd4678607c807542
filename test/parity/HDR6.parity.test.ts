import { HDR6_CASES } from '../cases/HDR6.cases';
import { parityOf } from '../support/parity';

parityOf(HDR6_CASES);
