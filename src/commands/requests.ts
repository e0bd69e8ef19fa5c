// The ribbon's "检查当前表" reaches the task pane through the shared runtime's window: a flag for a
// pane not mounted yet, and an event for one that is.

const EVENT = "eduplan:check-active-sheet";

interface RequestWindow {
  eduplanCheckRequested?: boolean;
}

export function requestCheck(target: Window = window): void {
  (target as RequestWindow).eduplanCheckRequested = true;
  target.dispatchEvent(new CustomEvent(EVENT));
}

/** Calls `listener` for every request, including one made before subscribing. */
export function onCheckRequest(listener: () => void, target: Window = window): () => void {
  const consume = () => {
    if ((target as RequestWindow).eduplanCheckRequested) {
      (target as RequestWindow).eduplanCheckRequested = false;
      listener();
    }
  };
  target.addEventListener(EVENT, consume);
  consume();
  return () => target.removeEventListener(EVENT, consume);
}
