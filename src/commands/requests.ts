// The ribbon's "检查当前表" reaches the task pane through the shared runtime's window: a flag for a
// pane not mounted yet, and an event for one that is; the pane answers when it takes a request.

const EVENT = "eduplan:check-active-sheet";
const ACCEPTED = "eduplan:check-accepted";

interface RequestWindow {
  eduplanCheckRequested?: boolean;
  eduplanCheckFallback?: CheckFallback;
}

/** Checks the active sheet without the pane and writes the report; resolves with its sheet name. */
export type CheckFallback = (displayLanguage: string | undefined) => Promise<string>;

/**
 * The task pane's entry provides the fallback check: it already holds the Excel layer and loads
 * lazily, so the small commands entry carries neither (nor a chunk loader of its own).
 */
export function provideCheckFallback(fallback: CheckFallback, target: Window = window): void {
  (target as RequestWindow).eduplanCheckFallback = fallback;
}

export function checkFallback(target: Window = window): CheckFallback {
  const fallback = (target as RequestWindow).eduplanCheckFallback;
  if (!fallback) throw new Error("EduPlan's task pane script is not loaded; the check cannot run.");
  return fallback;
}

export function requestCheck(target: Window = window): void {
  (target as RequestWindow).eduplanCheckRequested = true;
  target.dispatchEvent(new CustomEvent(EVENT));
}

/** Withdraws a request no pane has taken, so a pane mounting later does not run it twice. */
export function cancelCheckRequest(target: Window = window): void {
  (target as RequestWindow).eduplanCheckRequested = false;
}

/** Calls `listener` for every request, including one made before subscribing. */
export function onCheckRequest(listener: () => void, target: Window = window): () => void {
  const consume = () => {
    if ((target as RequestWindow).eduplanCheckRequested) {
      (target as RequestWindow).eduplanCheckRequested = false;
      target.dispatchEvent(new CustomEvent(ACCEPTED));
      listener();
    }
  };
  target.addEventListener(EVENT, consume);
  consume();
  return () => target.removeEventListener(EVENT, consume);
}

/**
 * Makes a request and resolves true once a pane takes it, or false after `timeoutMs` (then the
 * request is withdrawn).
 */
export function requestCheckAndWait(timeoutMs: number, target: Window = window): Promise<boolean> {
  return new Promise((resolve) => {
    const timers: ReturnType<typeof setTimeout>[] = [];
    const accepted = () => {
      timers.forEach(clearTimeout);
      target.removeEventListener(ACCEPTED, accepted);
      resolve(true);
    };
    target.addEventListener(ACCEPTED, accepted);
    requestCheck(target);
    // A mounted pane has taken it already.
    if (!(target as RequestWindow).eduplanCheckRequested) return;
    timers.push(
      setTimeout(() => {
        target.removeEventListener(ACCEPTED, accepted);
        cancelCheckRequest(target);
        resolve(false);
      }, timeoutMs)
    );
  });
}
