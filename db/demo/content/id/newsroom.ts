// The Bahasa Indonesia edition of the demo newsroom: its sections and its desk reporter.
import 'server-only';
import type { DemoAuthor, DemoEdition } from '../types';

export const ID_EDITION: DemoEdition = {
  tag: 'id',
  name: 'Bahasa Indonesia',
  direction: 'ltr',
  sections: [
    { name: 'Politik', description: 'Balai kota, dewan kota, dan warga yang memilihnya.' },
    { name: 'Ekonomi', description: 'Pelabuhan, galangan kapal, toko, dan lapangan kerja di Port Meridian.' },
    { name: 'Teknologi', description: 'Perangkat lunak, data, dan kehidupan digital kota.' },
    { name: 'Sains', description: 'Riset, lingkungan hidup, dan laut di sekitar kita.' },
    { name: 'Budaya', description: 'Musik, teater, buku, kuliner, dan festival.' },
  ],
};

export const ID_DESK_AUTHOR: DemoAuthor = {
  key: 'sari',
  email: 'sari.wulandari@newsroom.example',
  name: 'Sari W',
  fullName: 'Sari Wulandari',
  role: 'journalist',
  bio: 'Reporter for the Bahasa Indonesia edition. Sari covers Port Meridian’s Indonesian community, from the Greyfriars food stalls to the gamelan rehearsals on the Old Quay, and translates the newsroom’s stories for readers who prefer them in Indonesian. She came to the city to study naval architecture and stayed for the journalism.',
};
