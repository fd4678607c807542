import { LOG2_CASES } from '../cases/LOG2.cases';
import { parityOf } from '../support/parity';

parityOf(LOG2_CASES);
