import { describe, expect, it } from 'vitest';
import { parseJavaMajorVersion } from './java';

describe('parseJavaMajorVersion', () => {
  it.each([
    [
      'openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment (build 17.0.15+6-Debian-1deb12u1)',
      17,
    ],
    ['openjdk version "21.0.2" 2024-01-16 LTS', 21],
    ['java version "11.0.22" 2024-01-16 LTS', 11],
    // Early-access and some vendor builds print the major version alone.
    ['openjdk version "22-ea" 2024-03-19', 22],
    ['openjdk version "25" 2025-09-16', 25],
    // Java 8 and older use the 1.x scheme.
    ['java version "1.8.0_401"\nJava(TM) SE Runtime Environment (build 1.8.0_401-b10)', 8],
    ['openjdk version "1.7.0_95"', 7],
  ])('reads %j as %i', (text, major) => {
    expect(parseJavaMajorVersion(text)).toBe(major);
  });

  it.each([
    ['', 'empty output'],
    ['bash: java: command not found', 'no java'],
    ['Error: could not find libjava.so', 'a broken install'],
    ['openjdk version "1" 2020-01-01', 'a 1.x scheme without a minor part'],
  ])('returns null for %j (%s)', (text) => {
    expect(parseJavaMajorVersion(text)).toBeNull();
  });
});
