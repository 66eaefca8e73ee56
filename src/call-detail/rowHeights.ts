// Pure bookkeeping for a list of rows whose heights are known only once drawn: measured heights where
// there are some, the measured rows' average elsewhere; offsets by prefix sums, found by binary search.

export class RowHeights {
  #measured: Float64Array;
  #known: Uint8Array;
  #offsets: Float64Array;
  #dirty = true;
  #sum = 0;
  #count = 0;

  constructor(readonly length: number, readonly fallback = 48) {
    this.#measured = new Float64Array(length);
    this.#known = new Uint8Array(length);
    this.#offsets = new Float64Array(length + 1);
  }

  /** What a row not yet drawn is taken to be: the drawn rows' average. */
  get estimate(): number {
    return this.#count ? this.#sum / this.#count : this.fallback;
  }

  /** Records a drawn row's height; true when it changes anything. */
  set(index: number, height: number): boolean {
    if (index < 0 || index >= this.length || !(height > 0)) return false;
    if (this.#known[index] && this.#measured[index] === height) return false;
    if (this.#known[index]) this.#sum -= this.#measured[index]!;
    else this.#count++;
    this.#known[index] = 1;
    this.#measured[index] = height;
    this.#sum += height;
    this.#dirty = true;
    return true;
  }

  /** Top of row `index` (`length` gives the total height). */
  offsetOf(index: number): number {
    this.#update();
    return this.#offsets[Math.max(0, Math.min(this.length, index))]!;
  }

  get total(): number {
    return this.offsetOf(this.length);
  }

  /** The row at `y` (clamped to the list). */
  indexAt(y: number): number {
    this.#update();
    let lo = 0;
    let hi = this.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.#offsets[mid]! <= y) lo = mid;
      else hi = mid - 1;
    }
    return Math.max(0, lo);
  }

  #update(): void {
    if (!this.#dirty) return;
    const estimate = this.estimate;
    let at = 0;
    for (let i = 0; i < this.length; i++) {
      this.#offsets[i] = at;
      at += this.#known[i] ? this.#measured[i]! : estimate;
    }
    this.#offsets[this.length] = at;
    this.#dirty = false;
  }
}

/** The rows [start, end) to draw for the visible span [top, bottom) of the list, `overscan` pixels more each side. */
export function rowRange(heights: RowHeights, top: number, bottom: number, overscan: number): { start: number; end: number } {
  if (heights.length === 0) return { start: 0, end: 0 };
  const start = heights.indexAt(Math.max(0, top - overscan));
  const end = Math.min(heights.length, heights.indexAt(Math.max(top, bottom + overscan)) + 1);
  return { start, end: Math.max(end, start + 1) };
}
