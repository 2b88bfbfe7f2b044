// Runs once when the server starts: open and migrate the database, create the secret, and give an
// empty newsroom its demo content, so `npm start` needs no setup step.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  // Exposes the socket address to route handlers (see the file), also under a bare `next start`.
  await import('./scripts/peer-address.cjs');
  const { closeDb, getDb } = await import('./db');
  const { addressRetentionDays, appSecret, newsroomTimeZone } = await import('./lib/config');
  const { seedDemoContentIfEmpty } = await import('./db/demo/seed');
  const { scheduleAddressPruning } = await import('./db/address-retention');
  const { scheduleTrafficPruning } = await import('./db/traffic-pruning');
  const { answerLiveOnNode, LIVE_ENDPOINT_KEY } = await import('./app/api/articles/live-node');
  // A mistyped timezone would otherwise break every page that shows a date; fail at start instead.
  newsroomTimeZone();
  // Likewise a mistyped retention period, which would otherwise only be logged, hourly.
  addressRetentionDays();
  getDb();
  // scripts/serve.mjs announces it once in-flight requests have drained (SIGTERM): close cleanly.
  process.once('newsroom:shutdown', closeDb);
  appSecret();
  // Awaited: the demo images are rendered asynchronously, and the first request must find them.
  await seedDemoContentIfEmpty();
  // After the seed, whose six months of demo votes get the same treatment as real ones.
  scheduleAddressPruning();
  scheduleTrafficPruning();
  // scripts/serve.mjs answers the view beacons itself with this, compiled with the app (see the file).
  (globalThis as Record<symbol, unknown>)[LIVE_ENDPOINT_KEY] = answerLiveOnNode;
}
