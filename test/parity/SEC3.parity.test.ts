import { SEC3_CASES } from '../cases/SEC3.cases';
import { parityOf } from '../support/parity';

parityOf(SEC3_CASES);
