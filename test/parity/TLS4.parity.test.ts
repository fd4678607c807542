import { TLS4_CASES } from '../cases/TLS4.cases';
import { parityOf } from '../support/parity';

parityOf(TLS4_CASES);
