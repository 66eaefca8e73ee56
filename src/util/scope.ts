// One scope creates resources and disposes them all, in reverse order, once.

export class Scope {
  readonly #cleanups: (() => void)[] = [];
  readonly #controller = new AbortController();

  /** Aborted when the scope is disposed: pass it to fetches and streams. */
  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  get disposed(): boolean {
    return this.#controller.signal.aborted;
  }

  /**
   * Runs `cleanup` at disposal (at once when already disposed); the returned function runs it early
   * and forgets it, so a scope that lives long (a player open for an hour) holds only what is pending.
   */
  add(cleanup: () => void): () => void {
    let done = false;
    const run = () => {
      if (done) return;
      done = true;
      const at = this.#cleanups.indexOf(run);
      if (at !== -1) this.#cleanups.splice(at, 1);
      cleanup();
    };
    if (this.disposed) run();
    else this.#cleanups.push(run);
    return run;
  }

  /** How many cleanups wait for disposal (for tests of the above). */
  get pending(): number {
    return this.#cleanups.length;
  }

  listen<T extends EventTarget>(target: T, type: string, handler: (event: Event) => void, options?: AddEventListenerOptions): () => void {
    target.addEventListener(type, handler, options);
    return this.add(() => target.removeEventListener(type, handler, options));
  }

  timeout(callback: () => void, ms: number): () => void {
    const timer = setTimeout(() => {
      forget();
      callback();
    }, ms);
    const forget = this.add(() => clearTimeout(timer));
    return forget;
  }

  dispose(): void {
    if (this.disposed) return;
    this.#controller.abort();
    for (const cleanup of this.#cleanups.splice(0).reverse()) cleanup();
  }
}
