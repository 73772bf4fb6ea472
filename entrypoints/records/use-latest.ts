import { useEffect, useState, type Inputs } from 'preact/hooks';

/** `loading` until the latest inputs' result is shown, `ready` then, `failed` if its run threw. */
export type LoadState = 'loading' | 'ready' | 'failed';

const sameInputs = (a: Inputs, b: Inputs) => a.length === b.length && a.every((value, i) => Object.is(value, b[i]));

/**
 * Runs `load` whenever `inputs` change and applies only the latest run's result. A run superseded by a
 * later one (the officer chose other portals or another month while it read the history) is
 * discarded, never applied after the newer one: a stale proposal once replaced the rows just chosen,
 * and its draft overwrote the right one. `load` returns undefined when there is nothing to load yet.
 *
 * The state is judged in render against the inputs its result was for, so it reads `loading` from
 * the very render that changes an input (an effect would flip it a frame later): pages and tests wait
 * on it (`data-state`) rather than on time.
 */
export function useLatest<T>(
  load: () => Promise<T> | undefined,
  apply: (value: T) => void | Promise<void>,
  fail: (error: unknown) => void,
  inputs: Inputs,
): LoadState {
  const [settled, setSettled] = useState<{ inputs: Inputs; state: 'ready' | 'failed' }>();
  useEffect(() => {
    const running = load();
    if (!running) return;
    let latest = true;
    running
      .then(async (value) => {
        if (!latest) return;
        await apply(value);
        if (latest) setSettled({ inputs, state: 'ready' });
      })
      .catch((error: unknown) => {
        if (!latest) return;
        setSettled({ inputs, state: 'failed' });
        fail(error);
      });
    return () => {
      latest = false;
    };
  }, inputs);
  return settled && sameInputs(settled.inputs, inputs) ? settled.state : 'loading';
}
