import { spawnSync } from 'node:child_process';

let known: number | null | undefined;

/**
 * DynamoDB Local needs Java 17 or newer. Returns the major version, or null when there is no java.
 * Asked once per process: starting a JVM to print its version takes a tenth of a second.
 */
export function javaMajorVersion(): number | null {
  if (known !== undefined) return known;
  const out = spawnSync('java', ['-version'], { encoding: 'utf8' });
  known = out.error || out.status !== 0 ? null : parseJavaMajorVersion(`${out.stderr}${out.stdout}`);
  return known;
}

/** The major version in the text `java -version` prints, or null when it names none. */
export function parseJavaMajorVersion(versionText: string): number | null {
  const m = /version "(\d+)(?:\.(\d+))?/.exec(versionText);
  if (!m) return null;
  const major = Number(m[1]);
  // Java 8 and older report "1.8.0_…".
  if (major !== 1) return major;
  return m[2] === undefined ? null : Number(m[2]);
}

export const JAVA_HELP =
  'DynamoDB Local needs Java 17 or newer. Install it with: sudo apt-get install -y openjdk-17-jre-headless (Debian/Ubuntu) or from https://adoptium.net, then run npm start again.';
