/**
 * Frees the memory of Buffers a stream has finished with, every `everyBytes` of them.
 *
 * A dead Buffer's bytes live outside V8's heap and are freed only when its small JS wrapper is
 * collected. The young generation is sized for JSON answers (16 MiB semi-spaces: a case read
 * costs ~25 % less CPU than at 2–4 MiB, bench/cases), and a 500 MB upload allocates so few JS
 * objects that V8 would let ~64 MiB of dead socket chunks pile up before collecting (measured:
 * RSS growth 62–76 MiB at 8–16 MiB semi-spaces, 17 MiB with this). So a stream that passes
 * many large Buffers asks for a minor (young-generation) collection now and then: ~1–3 ms each.
 * It needs `--expose-gc` (npm start and the Docker image pass it); without it, this does nothing.
 */
export class BufferGarbage {
  private pending = 0;

  constructor(
    private readonly everyBytes = 16 * 1024 * 1024,
    private readonly collect: ((options: { type: 'minor' }) => void) | undefined = (globalThis as { gc?: (o: { type: 'minor' }) => void }).gc,
  ) {}

  /** `bytes` more of Buffers went through and are no longer needed. */
  passed(bytes: number): void {
    this.pending += bytes;
    if (this.pending < this.everyBytes || !this.collect) return;
    this.pending = 0;
    this.collect({ type: 'minor' });
  }
}
