import styles from './avatar.module.css';

type AvatarProps = {
  name: string;
  url: string | null;
  /** Rendered size in CSS pixels (square). */
  size?: number;
};

/** Up to two initials: "Budi N" → "BN", "Ana" → "A". */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : words;
  return letters.map((w) => Array.from(w)[0]?.toUpperCase() ?? '').join('') || '?';
}

/**
 * A hue derived from the name, so one person always gets the same colour without storing one.
 * Saturation and lightness are fixed so white initials keep a contrast above 4.5:1.
 */
export function hueOf(name: string): number {
  let h = 0;
  for (const ch of name) h = (h * 31 + (ch.codePointAt(0) ?? 0)) % 360;
  return h;
}

export function Avatar({ name, url, size = 64 }: AvatarProps) {
  if (url) {
    return (
      // A plain <img>: uploads are already resized on disk, and width/height reserve the space.
      // eslint-disable-next-line @next/next/no-img-element
      <img className={styles.avatar} src={url} alt={name} width={size} height={size} loading="lazy" />
    );
  }
  return (
    <span
      className={`${styles.avatar} ${styles.initials}`}
      style={{
        width: size,
        height: size,
        fontSize: Math.round(size * 0.38),
        ['--avatar-hue' as string]: hueOf(name),
      }}
      role="img"
      aria-label={name}
    >
      <span aria-hidden="true">{initialsOf(name)}</span>
    </span>
  );
}
