/**
 * The packaging helpers: the zip writer's archives are valid and byte-for-byte reproducible, and the
 * source-map lookup that attributes add-ons-linter findings picks the right source file.
 */
import { describe, expect, test } from 'vitest';
import { inflateRawSync } from 'node:zlib';
import { zip } from '../../scripts/lib/zip';
import { sourceAt } from '../../scripts/lib/source-map';

/** Reads a zip's entries back through its central directory (independently of the writer). */
function unzip(buf: Buffer): Record<string, string> {
  const end = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buf.readUInt16LE(end + 10);
  let at = buf.readUInt32LE(end + 16);
  const out: Record<string, string> = {};
  for (let i = 0; i < count; i++) {
    expect(buf.readUInt32LE(at)).toBe(0x02014b50);
    const method = buf.readUInt16LE(at + 10);
    const size = buf.readUInt32LE(at + 20);
    const nameLen = buf.readUInt16LE(at + 28);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLen);
    const dataAt = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const body = buf.subarray(dataAt, dataAt + size);
    out[name] = (method === 8 ? inflateRawSync(body) : body).toString('utf8');
    at += 46 + nameLen + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  return out;
}

describe('zip', () => {
  const files = [
    { name: 'manifest.json', data: Buffer.from('{"a":1}'.repeat(50)) },
    { name: 'icons/ü.png', data: Buffer.from([1, 2, 3]) },
  ];

  test('round-trips deflated and stored entries, with UTF-8 names', () => {
    expect(unzip(zip(files))).toEqual({ 'manifest.json': '{"a":1}'.repeat(50), 'icons/ü.png': '\x01\x02\x03' });
  });

  test('is reproducible whatever the input order', () => {
    expect(zip(files).equals(zip([...files].reverse()))).toBe(true);
  });
});

describe('sourceAt', () => {
  // Line 1: col 0 → a.js, col 5 → b.js. Line 2: col 0 → a.js (source index delta -1 carried over).
  const map = { sources: ['a.js', 'b.js'], mappings: 'AAAA,KCAA;ADCA' };

  test('finds the source of a generated position', () => {
    expect(sourceAt(map, 1, 3)).toBe('a.js');
    expect(sourceAt(map, 1, 7)).toBe('b.js');
    expect(sourceAt(map, 2, 9)).toBe('a.js');
  });

  test('is null where nothing is mapped', () => {
    expect(sourceAt(map, 3, 0)).toBeNull();
  });
});
