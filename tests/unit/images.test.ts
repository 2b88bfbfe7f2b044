import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { discardRefusedUpload, leadImageFrom } from '@/app/newsroom/articles/article-writes';
import { GET } from '@/app/uploads/[file]/route';
import { getDb } from '@/db';
import { createArticle } from '@/db/articles/editor';
import { uploadsDir } from '@/lib/config';
import { ValidationError } from '@/lib/errors';
import { imageFileProblem } from '@/lib/image-limits';
import { discardUpload, imageSrcSet, imageUrl, MAX_UPLOAD_BYTES, storeUpload } from '@/db/images/uploads';
import type { Actor } from '@/db/people/permissions';
import { images } from '@/db/schema';
import { makeArticle, makeStaff } from './editor-fixtures';

let journalist: Actor;

beforeAll(async () => {
  journalist = await makeStaff('journalist');
});

function picture(width: number, height: number) {
  return sharp({ create: { width, height, channels: 3, background: { r: 200, g: 80, b: 40 } } });
}

async function refusal(bytes: Buffer, originalName: string): Promise<string> {
  const error = await storeUpload(journalist, { bytes, originalName }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).fieldErrors.image.join(' ');
}

const filesOnDisk = () => (existsSync(uploadsDir()) ? readdirSync(uploadsDir()) : []);

describe('storing uploads', () => {
  for (const [format, ext, mime] of [
    ['png', 'png', 'image/png'],
    ['jpeg', 'jpg', 'image/jpeg'],
    ['webp', 'webp', 'image/webp'],
  ] as const) {
    it(`a real ${format.toUpperCase()} is stored in three widths, as files on disk`, async () => {
      const bytes = await picture(1600, 1000).toFormat(format).toBuffer();
      const stored = await storeUpload(journalist, { bytes, originalName: `photo.${ext}` });
      expect(stored).toMatchObject({ width: 1600, height: 1000 });
      const key = stored.url.match(/^\/uploads\/([a-z0-9]+)-1440\.(\w+)$/)!;
      expect(key[2]).toBe(ext);
      for (const w of [480, 960, 1440]) {
        const file = path.join(uploadsDir(), `${key[1]}-${w}.${ext}`);
        expect(existsSync(file)).toBe(true);
        const meta = await sharp(file).metadata();
        expect([meta.format, meta.width, meta.height]).toEqual([format, w, Math.round((w * 1000) / 1600)]);
      }
      const row = { key: key[1], mime, width: 1600, height: 1000, widths: '[480,960,1440]' };
      expect(imageUrl(row, 1000)).toBe(`/uploads/${key[1]}-960.${ext}`);
      expect(imageSrcSet(row)).toBe(stored.srcSet);
      expect(stored.srcSet).toContain(`-480.${ext} 480w`);
    });
  }

  it('never writes a width larger than the original', async () => {
    const bytes = await picture(1000, 500).png().toBuffer();
    const stored = await storeUpload(journalist, { bytes, originalName: 'small.png' });
    expect(stored.srcSet.match(/\d+w/g)).toEqual(['480w', '960w', '1000w']);
    const tiny = await storeUpload(journalist, {
      bytes: await picture(300, 200).png().toBuffer(),
      originalName: 'tiny.png',
    });
    expect(tiny.srcSet.match(/\d+w/g)).toEqual(['300w']);
  });

  it('turns a photo the way its camera says, and strips its metadata', async () => {
    const bytes = await picture(800, 400).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    const stored = await storeUpload(journalist, { bytes, originalName: 'phone.jpg' });
    expect(stored).toMatchObject({ width: 400, height: 800 });
    const meta = await sharp(path.join(uploadsDir(), path.basename(stored.url))).metadata();
    expect([meta.width, meta.height, meta.exif, meta.orientation]).toEqual([400, 800, undefined, undefined]);
  });
});

describe('refused uploads', () => {
  it('a text file renamed .jpg', async () => {
    const before = filesOnDisk().length;
    expect(await refusal(Buffer.from('just some text, not a picture'), 'photo.jpg')).toBe(
      'That file is not a JPEG, PNG or WebP image',
    );
    expect(filesOnDisk().length).toBe(before);
  });

  it('images in other formats (GIF, SVG), whatever their name', async () => {
    const gif = await picture(20, 20).gif().toBuffer();
    expect(await refusal(gif, 'anim.png')).toBe('That file is not a JPEG, PNG or WebP image');
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>');
    expect(await refusal(svg, 'logo.webp')).toBe('That file is not a JPEG, PNG or WebP image');
  });

  it('a file over 8 MB, before it is decoded', async () => {
    expect(await refusal(Buffer.alloc(MAX_UPLOAD_BYTES + 1), 'huge.jpg')).toBe(
      'Images must be 8 MB or smaller',
    );
  });

  it('an image over 40 megapixels', async () => {
    const bytes = await picture(8000, 5100).png().toBuffer();
    expect(await refusal(bytes, 'panorama.png')).toBe('Images must be 40 megapixels or smaller');
  });

  it('a picture cut off half way, and leaves no files behind', async () => {
    const whole = await picture(1600, 1000).jpeg().toBuffer();
    const before = filesOnDisk().length;
    expect(await refusal(whole.subarray(0, whole.length / 2), 'cut.jpg')).toBe(
      'That file is not a JPEG, PNG or WebP image',
    );
    expect(filesOnDisk().length).toBe(before);
  });

  it('an empty file', async () => {
    expect(await refusal(Buffer.alloc(0), 'empty.png')).toBe('That file is not a JPEG, PNG or WebP image');
  });
});

describe('the /uploads route', () => {
  const get = (file: string) =>
    GET(new Request(`http://localhost/uploads/${file}`), { params: Promise.resolve({ file }) });

  it('serves a stored file with its type and a year-long immutable cache', async () => {
    const stored = await storeUpload(journalist, {
      bytes: await picture(600, 400).webp().toBuffer(),
      originalName: 'a.webp',
    });
    const response = await get(path.basename(stored.url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/webp');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await sharp(Buffer.from(await response.arrayBuffer())).metadata()).format).toBe('webp');
  });

  it('answers 404 for names outside the pattern and for missing files', async () => {
    for (const file of [
      '../newsroom.db',
      '..%2Fnewsroom.db',
      'secret',
      'abcdef12-480.gif',
      'abcdef12-480.jpg.bak',
      'ABCDEF12-480.jpg',
      'abcdef1234567890-480.jpg',
    ])
      expect((await get(file)).status, file).toBe(404);
  });
});

describe('the browser’s first look at a chosen file', () => {
  const file = (name: string, type: string, size = 1000) => ({ name, type, size });

  it('refuses a file over 8 MB with the server’s own message, whatever its type', () => {
    expect(imageFileProblem(file('big.jpg', 'image/jpeg', 9 * 1024 * 1024))).toBe(
      'Images must be 8 MB or smaller',
    );
    expect(imageFileProblem(file('big.jpg', 'image/jpeg', MAX_UPLOAD_BYTES))).toBeNull();
  });

  it('takes the name or the claimed type as a hint: either one looking right is enough', () => {
    expect(imageFileProblem(file('photo.JPG', ''))).toBeNull();
    expect(imageFileProblem(file('photo', 'image/webp'))).toBeNull();
    expect(imageFileProblem(file('notes.txt', 'text/plain'))).toBe(
      'That file is not a JPEG, PNG or WebP image',
    );
    expect(imageFileProblem(file('anim.gif', 'image/gif'))).toBe(
      'That file is not a JPEG, PNG or WebP image',
    );
    expect(imageFileProblem(file('empty.png', 'image/png', 0))).toBe(
      'That file is not a JPEG, PNG or WebP image',
    );
  });
});

describe('an upload whose save was refused', () => {
  const png = () => picture(300, 200).png().toBuffer();
  const rowOf = (id: number) => getDb().select().from(images).where(eq(images.id, id)).get();
  const filesOf = (url: string) => {
    const key = url.match(/^\/uploads\/([a-z0-9]+)-/)![1];
    return filesOnDisk().filter((f) => f.startsWith(`${key}-`));
  };

  it('leaves neither a row nor files behind when the action takes it back', async () => {
    const data = new FormData();
    data.set('leadImage', new File([new Uint8Array(await png())], 'lead.png', { type: 'image/png' }));
    const choice = await leadImageFrom(journalist, data);
    if (!choice.ok || !choice.uploaded) throw new Error('the upload should have been stored');
    await expect(createArticle(journalist, { title: '', leadImageId: choice.id })).rejects.toThrow(
      ValidationError,
    );
    await discardRefusedUpload(journalist, choice);
    expect(rowOf(choice.uploaded.id)).toBeUndefined();
    expect(filesOf(choice.uploaded.url)).toEqual([]);
  });

  it('is kept once an article uses it, and another person cannot take it away', async () => {
    const used = await storeUpload(journalist, { bytes: await png(), originalName: 'used.png' });
    await makeArticle(journalist, { leadImageId: used.id });
    await discardUpload(journalist, used.id);
    expect(rowOf(used.id)).toBeDefined();
    const other = await makeStaff('journalist');
    const spare = await storeUpload(journalist, { bytes: await png(), originalName: 'spare.png' });
    await discardUpload(other, spare.id);
    expect(rowOf(spare.id)).toBeDefined();
    expect(filesOf(spare.url)).toHaveLength(1);
  });
});
