import { TLS1_CASES } from '../cases/TLS1.cases';
import { parityOf } from '../support/parity';

parityOf(TLS1_CASES);
