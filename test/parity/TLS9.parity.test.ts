import { TLS9_CASES } from '../cases/TLS9.cases';
import { parityOf } from '../support/parity';

parityOf(TLS9_CASES);
