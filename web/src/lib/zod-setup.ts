import { config } from 'zod';

// zod probes `new Function` to decide on its JIT, and the app's strict CSP reports that probe as a
// violation even though zod catches it. Jitless skips the probe. It must run before any schema is
// built, which is why it is a module of its own, imported first by ./schemas.
config({ jitless: true });
