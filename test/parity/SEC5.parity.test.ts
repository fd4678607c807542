import { SEC5_CASES } from '../cases/SEC5.cases';
import { parityOf } from '../support/parity';

parityOf(SEC5_CASES);
