// What every step component receives: the answers so far, and `answer` to store a patch (with `advance`, the
// page checks the step and moves on when it is done).
import type { Answers } from '../../../utils/intake';

export interface StepProps {
  a: Answers;
  answer: (patch: Partial<Answers>, advance?: boolean) => void;
}
