import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { dosDateTime, zip } from './zip';

const text = (s: string) => new TextEncoder().encode(s);
const view = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

describe('zip', () => {
  it('is read back by another implementation (fflate) with every name, in order, and its bytes', () => {
    const big = 'Dinas Pendidikan;'.repeat(5_000);
    const bytes = zip(
      [
        { name: '[Content_Types].xml', data: text('<Types/>') },
        { name: 'xl/worksheets/sheet1.xml', data: text(big) },
        { name: 'docProps/Ringkasan ÷ é.xml', data: text('') },
      ],
      new Date(2026, 11, 7, 10, 30, 15),
    );
    const files = unzipSync(bytes);
    expect(Object.keys(files)).toEqual([
      '[Content_Types].xml',
      'xl/worksheets/sheet1.xml',
      'docProps/Ringkasan ÷ é.xml',
    ]);
    expect(strFromU8(files['xl/worksheets/sheet1.xml']!)).toBe(big);
    expect(strFromU8(files['[Content_Types].xml']!)).toBe('<Types/>');
    expect(files['docProps/Ringkasan ÷ é.xml']!.byteLength).toBe(0);
    // Deflated: 85,000 repetitive bytes take a few hundred.
    expect(bytes.byteLength).toBeLessThan(2_000);
  });

  it('writes the headers APPNOTE describes: signatures, deflate, UTF-8 names, CRC-32 and sizes', () => {
    const bytes = view(zip([{ name: 'a.txt', data: text('hello') }], new Date(2026, 11, 7, 10, 30, 15)));
    expect(bytes.readUInt32LE(0)).toBe(0x04034b50);
    expect(bytes.readUInt16LE(6)).toBe(0x0800);
    expect(bytes.readUInt16LE(8)).toBe(8);
    // CRC-32 of "hello" (the value every implementation gives).
    expect(bytes.readUInt32LE(14)).toBe(0x3610a686);
    expect(bytes.readUInt32LE(22)).toBe(5);
    const end = bytes.subarray(bytes.byteLength - 22);
    expect(end.readUInt32LE(0)).toBe(0x06054b50);
    expect(end.readUInt16LE(10)).toBe(1);
    const directoryAt = end.readUInt32LE(16);
    expect(bytes.readUInt32LE(directoryAt)).toBe(0x02014b50);
    expect(bytes.readUInt32LE(directoryAt + 16)).toBe(0x3610a686);
    expect(bytes.readUInt32LE(directoryAt + 42)).toBe(0);
    expect(bytes.subarray(directoryAt + 46, directoryAt + 51).toString()).toBe('a.txt');
  });

  it('passes `unzip -t` where the tool is installed (Info-ZIP checks every CRC)', () => {
    let version = '';
    try {
      version = execFileSync('unzip', ['-v'], { encoding: 'utf8' });
    } catch {
      return; // Not on this machine: the checks above still hold the format.
    }
    expect(version).toMatch(/UnZip/);
    const dir = mkdtempSync(join(tmpdir(), 'pamong-zip-'));
    try {
      const file = join(dir, 't.zip');
      writeFileSync(file, zip([{ name: 'x/y.xml', data: text('<a>1</a>'.repeat(100)) }], new Date()));
      expect(execFileSync('unzip', ['-t', file], { encoding: 'utf8' })).toMatch(/No errors detected/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('dosDateTime', () => {
  it('packs local time in 2-second steps and the date from 1980', () => {
    const { time, date } = dosDateTime(new Date(2026, 11, 7, 10, 30, 15));
    expect(time).toBe((10 << 11) | (30 << 5) | 7);
    expect(date).toBe(((2026 - 1980) << 9) | (12 << 5) | 7);
  });

  it('gives 1980-01-01 00:00 outside 1980-2107', () => {
    expect(dosDateTime(new Date(1979, 11, 31))).toEqual({ time: 0, date: 33 });
    expect(dosDateTime(new Date(2108, 0, 1))).toEqual({ time: 0, date: 33 });
  });
});
