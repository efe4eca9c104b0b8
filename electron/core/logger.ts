// The local diagnostic log. Callers pass codes and correlation ids, never PHI, keys or passphrases.
export interface Logger {
  info(message: string): void;
  error(correlationId: string, error: unknown): void;
}

export const consoleLogger: Logger = {
  info: (message) => console.info(`[privacy-desk] ${message}`),
  error: (correlationId, error) =>
    console.error(`[privacy-desk] ${correlationId}`, error instanceof Error ? (error.stack ?? error.message) : error),
};

export const silentLogger: Logger = { info: () => undefined, error: () => undefined };
