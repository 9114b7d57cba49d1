import { useCallback, useState } from 'react';

type State = { key: string; stack: (string | undefined)[] };

/**
 * Keyset paging: keeps the cursors of the pages visited so far, so "previous" returns to the
 * exact page shown before (the API only hands out forward cursors). When `resetKey` (the
 * search and filters) changes, paging starts again from the first page in the same render.
 */
export function useCursorStack(resetKey: string) {
  const [state, setState] = useState<State>({ key: resetKey, stack: [undefined] });
  const stack = state.key === resetKey ? state.stack : [undefined];
  const cursor = stack[stack.length - 1];

  const next = useCallback(
    (nextCursor: string) =>
      setState((s) => ({
        key: resetKey,
        stack: [...(s.key === resetKey ? s.stack : [undefined]), nextCursor],
      })),
    [resetKey],
  );
  const previous = useCallback(
    () =>
      setState((s) => ({
        key: resetKey,
        stack: s.key === resetKey && s.stack.length > 1 ? s.stack.slice(0, -1) : [undefined],
      })),
    [resetKey],
  );

  return { cursor, page: stack.length, hasPrevious: stack.length > 1, next, previous };
}
