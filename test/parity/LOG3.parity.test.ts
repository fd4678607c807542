import { LOG3_CASES } from '../cases/LOG3.cases';
import { parityOf } from '../support/parity';

parityOf(LOG3_CASES);
