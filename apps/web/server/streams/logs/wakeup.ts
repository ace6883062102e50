/** A promise to wait on until something changes; each fire wakes every waiter once, and the next wait waits anew. */
export class Wakeup {
  #promise: Promise<void> | undefined;
  #resolve: (() => void) | undefined;

  wait(): Promise<void> {
    this.#promise ??= new Promise((resolve) => (this.#resolve = resolve));
    return this.#promise;
  }

  fire(): void {
    const resolve = this.#resolve;
    this.#promise = undefined;
    this.#resolve = undefined;
    resolve?.();
  }
}
