// Held once: a global looked up on every draw is slow where code runs in a vm context (jest).
const { floor, imul } = Math;

/**
 * A small deterministic generator (mulberry32), so the demo dataset is the same on every machine
 * and its figures can be quoted in docs and tests.
 */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A number in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = imul(t ^ (t >>> 15), t | 1);
    t ^= t + imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(values: readonly T[]): T {
    return values[floor(this.next() * values.length)]!;
  }

  /** A copy of `values` in random order (Fisher–Yates). */
  shuffled<T>(values: readonly T[]): T[] {
    const copy = [...values];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy;
  }

  /** A whole number from `min` to `max`, both included. */
  between(min: number, max: number): number {
    return min + floor(this.next() * (max - min + 1));
  }

  /** A version-4 UUID drawn from this generator, so the demo's ids are the same on every machine. */
  uuid(): string {
    const hex = Array.from({ length: 32 }, () => floor(this.next() * 16).toString(16));
    hex[12] = '4';
    hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
    const text = hex.join('');
    return `${text.slice(0, 8)}-${text.slice(8, 12)}-${text.slice(12, 16)}-${text.slice(16, 20)}-${text.slice(20)}`;
  }

  /** Roughly normal (sum of uniforms), mean 0 and standard deviation 1. */
  normal(): number {
    let sum = 0;
    for (let i = 0; i < 12; i++) sum += this.next();
    return sum - 6;
  }
}
