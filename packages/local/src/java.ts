import { spawnSync } from 'node:child_process';

/** DynamoDB Local needs Java 17 or newer. Returns the major version, or null when there is no java. */
export function javaMajorVersion(): number | null {
  const out = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (out.error || out.status !== 0) return null;
  const m = /version "(\d+)(?:\.(\d+))?/.exec(`${out.stderr}${out.stdout}`);
  if (!m) return null;
  const major = Number(m[1]);
  // Java 8 and older report "1.8.0_…".
  return major === 1 ? Number(m[2]) : major;
}

export const JAVA_HELP =
  'DynamoDB Local needs Java 17 or newer. Install it with: sudo apt-get install -y openjdk-17-jre-headless (Debian/Ubuntu) or from https://adoptium.net, then run npm start again.';
