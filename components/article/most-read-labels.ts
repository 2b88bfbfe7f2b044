import { getTranslations } from 'next-intl/server';
import type { MostReadLabels } from './types';

/** The "Most read" block's words for a page in `locale` (the block itself also renders in the browser). */
export async function getMostReadLabels(locale: string): Promise<MostReadLabels> {
  const t = await getTranslations({ locale, namespace: 'Article' });
  return { title: t('mostRead'), today: t('mostReadToday'), week: t('mostReadWeek') };
}
