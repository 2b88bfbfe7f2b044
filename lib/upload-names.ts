// The one shape of an uploaded file's name, shared by the writer (db/images.ts) and the route that
// serves the files (app/uploads/[file]/route.ts) without loading sharp there.
// API: UPLOAD_FILE_PATTERN (groups: key, width, ext), UPLOAD_CONTENT_TYPES, uploadFileName(key, width, ext)

// Keys are ours (random hex, or the demo content's names): lowercase words and hyphens, never a dot or slash.
export const UPLOAD_FILE_PATTERN = /^([a-z0-9]+(?:-[a-z0-9]+)*)-(\d{1,5})\.(jpg|png|webp)$/;

export const UPLOAD_CONTENT_TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
};

export function uploadFileName(key: string, width: number, ext: string): string {
  return `${key}-${width}.${ext}`;
}
