// Time as a dependency: the core never calls Date.now() directly, so tests can move the clock.
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
