// GET /healthz for load balancers and monitors: 200 when this process can serve, 503 when not.
// Public on purpose (the proxy matches only /newsroom) and says nothing secret: no paths, no errors.
import { checkHealth } from '@/db/health';
import pkg from '@/package.json';

// Never prerendered at build time nor cached: the answer is about this process, now.
export const dynamic = 'force-dynamic';

export function GET() {
  const health = checkHealth();
  return Response.json(
    { ...health, version: pkg.version },
    { status: health.ok ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  );
}
