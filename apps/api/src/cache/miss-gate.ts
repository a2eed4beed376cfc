/** At most `limit` cache misses are computed at once; the others wait their turn in arrival
 *  order. A miss builds a whole answer (rows, objects, JSON) in memory, so sixteen at once on a
 *  two-core machine only share the CPU sixteen ways and hold sixteen answers' garbage: the
 *  queue bounds memory and keeps each answer's own time short (docs/performance.md). */
export class MissGate {
  private running = 0;
  private readonly queue: (() => void)[] = [];

  constructor(readonly limit: number) {}

  /** Resolves when the caller may compute; call the returned release once it is done (twice is
   *  harmless). */
  async enter(): Promise<() => void> {
    if (this.running >= this.limit) await new Promise<void>((resolve) => this.queue.push(resolve));
    else this.running++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.queue.shift();
      // The slot passes straight to the next in line, so `running` stays at the limit.
      if (next) next();
      else this.running--;
    };
  }

  get waiting(): number {
    return this.queue.length;
  }

  get active(): number {
    return this.running;
  }
}
