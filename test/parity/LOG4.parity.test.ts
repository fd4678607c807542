import { LOG4_CASES } from '../cases/LOG4.cases';
import { parityOf } from '../support/parity';

parityOf(LOG4_CASES);
