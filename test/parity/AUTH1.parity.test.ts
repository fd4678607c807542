import { AUTH1_CASES } from '../cases/AUTH1.cases';
import { parityOf } from '../support/parity';

parityOf(AUTH1_CASES);
