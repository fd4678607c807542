import { TLS8_CASES } from '../cases/TLS8.cases';
import { parityOf } from '../support/parity';

parityOf(TLS8_CASES);
