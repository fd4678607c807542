import { TLS2_CASES } from '../cases/TLS2.cases';
import { parityOf } from '../support/parity';

parityOf(TLS2_CASES);
