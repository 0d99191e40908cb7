// A build's log: one line per step with when it started, what it did and how long it took.
// Kept in memory while the build runs and written with the Build row (lib/builds/records.ts).

export type BuildLogLine = { at: string; step: string; message: string; ms: number };

const round = (ms: number) => Math.round(ms * 10) / 10;

export class BuildLog {
  readonly lines: BuildLogLine[] = [];
  private readonly startedAt = performance.now();

  // Runs one step and logs it; message may be worded from the step's result.
  async step<T>(step: string, work: () => Promise<T> | T, message: string | ((result: T) => string)): Promise<T> {
    const at = new Date();
    const t = performance.now();
    const result = await work();
    this.add(step, typeof message === 'string' ? message : message(result), performance.now() - t, at);
    return result;
  }

  // A step timed elsewhere (the publishing engine times its own render and compression).
  add(step: string, message: string, ms: number, at = new Date(Date.now() - ms)) {
    this.lines.push({ at: at.toISOString(), step, message, ms: round(ms) });
  }

  totalMs(): number {
    return round(performance.now() - this.startedAt);
  }

  // Milliseconds per step (a step logged twice adds up).
  stepsMs(): Record<string, number> {
    const steps: Record<string, number> = {};
    for (const line of this.lines) steps[line.step] = round((steps[line.step] ?? 0) + line.ms);
    return steps;
  }
}
