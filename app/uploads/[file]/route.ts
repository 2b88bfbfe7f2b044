// Uploaded images, served from data/uploads. Names are random and a file never changes once
// written, so browsers and shared caches may keep it for a year. Only names of the exact shape
// storeUpload writes are served: no path can reach outside the uploads folder.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { uploadsDir } from '@/lib/config';
import { UPLOAD_CONTENT_TYPES, UPLOAD_FILE_PATTERN } from '@/lib/upload-names';

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ file: string }> },
): Promise<Response> {
  const { file } = await params;
  const match = file.length > 120 ? null : UPLOAD_FILE_PATTERN.exec(file);
  if (!match) return notFound();
  try {
    const bytes = await readFile(path.join(uploadsDir(), file));
    return new Response(new Uint8Array(bytes), {
      headers: {
        'Content-Type': UPLOAD_CONTENT_TYPES[match[3]],
        'Content-Length': String(bytes.length),
        'Cache-Control': 'public, max-age=31536000, immutable',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return notFound();
    throw error;
  }
}
