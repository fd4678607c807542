import { TLS5_CASES } from '../cases/TLS5.cases';
import { parityOf } from '../support/parity';

parityOf(TLS5_CASES);
