// One hook owns an action's busy / error / result state, so components hold no loading flags.
import { useCallback, useRef, useState } from "react";
import { friendlyError } from "../excel/errors";
import { Language } from "../i18n";

export interface ActionState<A extends unknown[], R> {
  run: (...args: A) => Promise<R | undefined>;
  busy: boolean;
  error: string | null;
  result: R | undefined;
  reset: () => void;
}

export function useAction<A extends unknown[], R>(action: (...args: A) => Promise<R>, language: Language = "zh-CN"): ActionState<A, R> {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<R | undefined>(undefined);
  const running = useRef(false);
  const run = useCallback(
    async (...args: A) => {
      if (running.current) return undefined; // a second click while busy does nothing
      running.current = true;
      setBusy(true);
      setError(null);
      try {
        const value = await action(...args);
        setResult(value);
        return value;
      } catch (caught) {
        setError(friendlyError(caught, language));
        setResult(undefined);
        return undefined;
      } finally {
        running.current = false;
        setBusy(false);
      }
    },
    [action, language]
  );
  const reset = useCallback(() => {
    setError(null);
    setResult(undefined);
  }, []);
  return { run, busy, error, result, reset };
}
