// A small FIFO semaphore for CPU-heavy work: at most `limit` jobs run at once, the rest wait their turn.
// Tracks how many run and the most that ever ran together, so a test can check the cap holds.

export class WorkLimit {
  private running = 0;
  private peakRunning = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly limit: number) {}

  async run<T>(job: () => Promise<T>): Promise<T> {
    if (this.running >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.running += 1;
    this.peakRunning = Math.max(this.peakRunning, this.running);
    try {
      return await job();
    } finally {
      // Hand the slot straight to the next job in line (running stays the same), or free it.
      const next = this.waiting.shift();
      if (next) next();
      else this.running -= 1;
    }
  }

  /** Jobs running now, waiting now, and the most that ran at once since the last `resetPeak`. */
  get activity(): { running: number; waiting: number; peak: number } {
    return { running: this.running, waiting: this.waiting.length, peak: this.peakRunning };
  }

  resetPeak(): void {
    this.peakRunning = this.running;
  }
}
