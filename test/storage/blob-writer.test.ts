import { describe, expect, it } from 'vitest';
import { BlobWriter } from '../../storage/blob-writer';

async function bytesOf(writer: BlobWriter, type = 'text/plain'): Promise<number[]> {
  return [...new Uint8Array(await writer.blob(type).arrayBuffer())];
}

describe('BlobWriter', () => {
  it('writes UTF-8: 1, 2, 3 and 4 bytes a character (the bytes from the Unicode tables)', async () => {
    const writer = new BlobWriter();
    writer.write('a');
    writer.write('é'); // U+00E9
    writer.write('中'); // U+4E2D
    writer.write('🎧'); // U+1F3A7, a surrogate pair in UTF-16
    writer.write('\ufeff'); // the byte order mark
    const expected = [0x61, 0xc3, 0xa9, 0xe4, 0xb8, 0xad, 0xf0, 0x9f, 0x8e, 0xa7, 0xef, 0xbb, 0xbf];
    expect(writer.size).toBe(expected.length);
    expect(await bytesOf(writer)).toEqual(expected);
  });

  it('never cuts a character between two parts, whatever the part size', async () => {
    const pieces = ['ab', 'é中🎧', '', '🎧🎧', 'x', '中'.repeat(9), 'é,"\r\n', '👩‍👩‍👧‍👦'];
    // As one Blob of the joined text (what the export built before): the same bytes.
    const whole = [...new Uint8Array(await new Blob([pieces.join('')]).arrayBuffer())];
    for (const partBytes of [4, 5, 6, 7, 8, 64]) {
      const writer = new BlobWriter(partBytes);
      for (const piece of pieces) writer.write(piece);
      expect(writer.size, `parts of ${partBytes} bytes`).toBe(whole.length);
      expect(await bytesOf(writer), `parts of ${partBytes} bytes`).toEqual(whole);
    }
  });

  it('writes a lone surrogate as U+FFFD, as a Blob of the text does', async () => {
    const writer = new BlobWriter(4);
    writer.write('a\ud83cb');
    writer.write('\udc00');
    expect(await bytesOf(writer)).toEqual([0x61, 0xef, 0xbf, 0xbd, 0x62, 0xef, 0xbf, 0xbd]);
  });

  it('gives the Blob its type; nothing written is an empty Blob', async () => {
    const writer = new BlobWriter();
    const blob = writer.blob('text/csv;charset=utf-8');
    expect(blob.size).toBe(0);
    expect(blob.type).toBe('text/csv;charset=utf-8');
  });
});
