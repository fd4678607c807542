import { TLS6_CASES } from '../cases/TLS6.cases';
import { parityOf } from '../support/parity';

parityOf(TLS6_CASES);
