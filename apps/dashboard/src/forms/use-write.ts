import { useCallback, useRef, useState } from 'react';
import { NO_REFUSAL, type Refusal, refusalOf } from './refusal';

/** A fresh key for a write: a double click or a resend after a lost answer reuses it, so nothing is recorded twice. */
function newIdempotencyKey(): string {
  return crypto.randomUUID();
}

export interface Write<T> {
  readonly busy: boolean;
  readonly refusal: Refusal;
  /** Sends the write with this form's idempotency key; answers null when it was refused. */
  readonly submit: (send: (idempotencyKey: string) => Promise<T>) => Promise<T | null>;
}

/**
 * One form's write: the idempotency key lives as long as the form's content, so that sending the same
 * form twice records once; after a success the next write gets a new key.
 */
export function useWrite<T>(): Write<T> {
  const key = useRef(newIdempotencyKey());
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<Refusal>(NO_REFUSAL);
  const submit = useCallback(async (send: (idempotencyKey: string) => Promise<T>) => {
    setBusy(true);
    setRefusal(NO_REFUSAL);
    try {
      const answer = await send(key.current);
      key.current = newIdempotencyKey();
      return answer;
    } catch (error) {
      setRefusal(refusalOf(error));
      // A refused write stored nothing; the corrected form is a new write.
      key.current = newIdempotencyKey();
      return null;
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, refusal, submit };
}
