/**
 * Text written piece by piece into a Blob, as UTF-8, without ever holding the text: each piece is
 * encoded at once into one reused byte buffer (`TextEncoder.encodeInto`), and each full buffer
 * becomes a part of the Blob (the Blob constructor copies the bytes; the browser keeps them, on disk
 * when they are many). The buffer lives outside the JS heap, and the pieces die young, so the heap
 * holds the piece being written and nothing that grows with the file. The bytes are those of
 * `new Blob([all the pieces joined])`: UTF-8, a lone surrogate as U+FFFD (both follow the Encoding
 * standard), as long as no surrogate pair is split between two pieces.
 */
export class BlobWriter {
  private readonly encoder = new TextEncoder();
  private readonly buffer: Uint8Array<ArrayBuffer>;
  private used = 0;
  private readonly parts: Blob[] = [];
  private written = 0;

  /** `partBytes`: the buffer's size, so the size of each part (at least 4: one character). */
  constructor(partBytes = 1 << 20) {
    this.buffer = new Uint8Array(Math.max(4, partBytes));
  }

  /** Bytes written so far. */
  get size(): number {
    return this.written + this.used;
  }

  write(text: string): void {
    let rest = text;
    for (;;) {
      // Writes the whole characters that fit and says how much of the text (UTF-16 units) it took.
      const { read, written } = this.encoder.encodeInto(rest, this.buffer.subarray(this.used));
      this.used += written;
      if (read === rest.length) return;
      rest = rest.slice(read);
      this.flush();
    }
  }

  /** The Blob of everything written. */
  blob(type: string): Blob {
    this.flush();
    return new Blob(this.parts, { type });
  }

  private flush(): void {
    if (this.used === 0) return;
    this.parts.push(new Blob([this.buffer.subarray(0, this.used)]));
    this.written += this.used;
    this.used = 0;
  }
}
