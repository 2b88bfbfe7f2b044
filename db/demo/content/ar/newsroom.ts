// The Arabic edition of the demo newsroom: its sections and its desk reporter. Section names are Arabic;
// each carries a Latin-letter slug because slugify() keeps only a–z and digits.
import 'server-only';
import type { DemoAuthor, DemoEdition } from '../types';

export const AR_EDITION: DemoEdition = {
  tag: 'ar',
  name: 'العربية',
  direction: 'rtl',
  sections: [
    { name: 'سياسة', slug: 'siyasa', description: 'مبنى البلدية والمجلس البلدي والناخبون الذين يختارونه.' },
    {
      name: 'اقتصاد',
      slug: 'iqtisad',
      description: 'الميناء وأحواض بناء السفن والمتاجر وفرص العمل في بورت ميريديان.',
    },
    { name: 'تكنولوجيا', slug: 'tiknulujya', description: 'البرمجيات والبيانات والحياة الرقمية في المدينة.' },
    { name: 'علوم', slug: 'ulum', description: 'البحث العلمي والبيئة والبحر من حولنا.' },
    { name: 'ثقافة', slug: 'thaqafa', description: 'الموسيقى والمسرح والكتب والطعام والمهرجانات.' },
  ],
};

export const AR_DESK_AUTHOR: DemoAuthor = {
  key: 'yusuf',
  email: 'yusuf.haddad@newsroom.example',
  name: 'Yusuf H',
  fullName: 'Yusuf Haddad',
  role: 'journalist',
  bio: 'Reporter for the Arabic edition. Yusuf writes about Port Meridian’s Arabic-speaking families, its mosques, bakeries and night schools, and translates the newsroom’s stories into Arabic. He worked as a radio producer in Beirut before moving to the city, and still reads the news aloud before filing it.',
};
