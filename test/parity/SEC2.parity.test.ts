import { SEC2_CASES } from '../cases/SEC2.cases';
import { parityOf } from '../support/parity';

parityOf(SEC2_CASES);
