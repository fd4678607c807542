import { SEC4_CASES } from '../cases/SEC4.cases';
import { parityOf } from '../support/parity';

parityOf(SEC4_CASES);
