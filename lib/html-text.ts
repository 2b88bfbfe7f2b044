// Article HTML turned into readable text blocks (one per paragraph, heading, list item…), so a diff
// between revisions reads like the article rather than like markup.
// API: htmlToTextBlocks(html) → string[]
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

export function htmlToTextBlocks(html: string): string[] {
  const marked = html
    // A link's target matters to an editor reading a diff, so it stays visible.
    .replace(/<a\b[^>]*\bhref\s*=\s*"([^"]*)"[^>]*>([\s\S]*?)<\/a>/gi, '$2 ($1)')
    .replace(/<img\b[^>]*?\balt\s*=\s*"([^"]*)"[^>]*>/gi, '\n[Image: $1]\n')
    .replace(/<img\b[^>]*>/gi, '\n[Image]\n')
    .replace(/<li\b[^>]*>/gi, '\n• ')
    .replace(/<hr\b[^>]*>/gi, '\n———\n')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/?(?:p|h[1-6]|li|ul|ol|blockquote|figure|figcaption|pre|div)\b[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, '');
  return decodeEntities(marked)
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '');
}
