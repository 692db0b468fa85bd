/**
 * A sparse set of document scores over a fixed number of documents: O(1) add and lookup, and
 * clearing costs only what was touched. Search reuses a few of these for every query, so a
 * query's cost follows the number of matching documents, not the size of the corpus.
 */
export class ScoreSet {
  readonly ids: Int32Array;
  private readonly values: Float32Array;
  private readonly present: Uint8Array;
  size = 0;

  constructor(capacity: number) {
    this.ids = new Int32Array(capacity);
    this.values = new Float32Array(capacity);
    this.present = new Uint8Array(capacity);
  }

  has(id: number): boolean {
    return this.present[id] === 1;
  }

  get(id: number): number {
    return this.present[id] === 1 ? this.values[id]! : 0;
  }

  /** Keep the larger of the current and the new value. */
  max(id: number, value: number): void {
    if (this.present[id] !== 1) {
      this.present[id] = 1;
      this.ids[this.size++] = id;
      this.values[id] = value;
    } else if (value > this.values[id]!) {
      this.values[id] = value;
    }
  }

  add(id: number, value: number): void {
    if (this.present[id] !== 1) {
      this.present[id] = 1;
      this.ids[this.size++] = id;
      this.values[id] = value;
    } else {
      this.values[id]! += value;
    }
  }

  clear(): void {
    for (let i = 0; i < this.size; i++) {
      const id = this.ids[i]!;
      this.present[id] = 0;
      this.values[id] = 0;
    }
    this.size = 0;
  }
}
