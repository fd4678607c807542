import { TLS3_CASES } from '../cases/TLS3.cases';
import { parityOf } from '../support/parity';

parityOf(TLS3_CASES);
