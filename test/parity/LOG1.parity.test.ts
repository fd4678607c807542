import { LOG1_CASES } from '../cases/LOG1.cases';
import { parityOf } from '../support/parity';

parityOf(LOG1_CASES);
