import { RUN1_CASES } from '../cases/RUN1.cases';
import { parityOf } from '../support/parity';

parityOf(RUN1_CASES);
