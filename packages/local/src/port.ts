import { createServer } from 'node:net';

export class PortInUseError extends Error {
  constructor(readonly port: number) {
    super(
      `Port ${port} is already in use (is another npm start running?). Stop it, or choose another port with --port N.`,
    );
    this.name = 'PortInUseError';
  }
}

/**
 * Fails fast when the port is taken (another `npm start`), before anything slow happens and before
 * `--fresh` wipes a database that the other instance is still using.
 */
export function assertPortFree(port: number): Promise<void> {
  if (port === 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (err: NodeJS.ErrnoException) =>
      reject(err.code === 'EADDRINUSE' ? new PortInUseError(port) : err),
    );
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}
