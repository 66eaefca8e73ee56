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

  /** Runs `cleanup` at disposal (at once when already disposed); the returned function runs it early. */
  add(cleanup: () => void): () => void {
    let done = false;
    const run = () => {
      if (done) return;
      done = true;
      cleanup();
    };
    if (this.disposed) run();
    else this.#cleanups.push(run);
    return run;
  }

  listen<T extends EventTarget>(target: T, type: string, handler: (event: Event) => void, options?: AddEventListenerOptions): () => void {
    target.addEventListener(type, handler, options);
    return this.add(() => target.removeEventListener(type, handler, options));
  }

  timeout(callback: () => void, ms: number): () => void {
    const timer = setTimeout(callback, ms);
    return this.add(() => clearTimeout(timer));
  }

  dispose(): void {
    if (this.disposed) return;
    this.#controller.abort();
    for (const cleanup of this.#cleanups.splice(0).reverse()) cleanup();
  }
}
