// Form submit handlers: stop the browser's own submission, then run the (possibly async) action.
// Actions never throw (every api call returns a Result), so the promise is deliberately not awaited.
import type { SubmitEvent } from 'react';

export const submitHandler =
  (action: () => Promise<void> | void) =>
  (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    void action();
  };
