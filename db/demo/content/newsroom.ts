// The people, sections and tags of the demo newsroom of Port Meridian, a fictional harbour city.
import 'server-only';
import type { DemoAuthor } from './types';

export const DEMO_AUTHORS: DemoAuthor[] = [
  {
    key: 'budi',
    email: 'budi.nugroho@newsroom.example',
    name: 'Budi N',
    fullName: 'Budi Nugroho P.',
    role: 'editor',
    bio: 'Politics editor. Budi has covered Port Meridian’s city hall for eleven years, from council committee rooms to election nights in Eastbank. Before that he reported on shipping for a trade weekly.',
  },
  {
    key: 'priya',
    email: 'priya.deshmukh@newsroom.example',
    name: 'Priya D',
    fullName: 'Priya Deshmukh R.',
    role: 'editor',
    bio: 'Deputy editor, business and housing. Priya reads budgets so readers don’t have to, and runs the newsroom’s data desk. She grew up above her parents’ pharmacy on Greyfriars Street.',
  },
  {
    key: 'amara',
    email: 'amara.okafor@newsroom.example',
    name: 'Amara O',
    fullName: 'Amara Okafor-Lindqvist',
    role: 'journalist',
    bio: 'Business reporter covering the port, the shipyards and the people who work in them. Amara joined from a financial news agency and still keeps a tide table on her desk.',
  },
  {
    key: 'tomas',
    email: 'tomas.ruiz@newsroom.example',
    name: 'Tomás R',
    fullName: 'Tomás Ruiz Echeverría',
    role: 'journalist',
    bio: 'Technology reporter. Tomás writes about software, surveillance and the city’s digital services, and is happiest when a press release comes with a source-code repository.',
  },
  {
    key: 'mei',
    email: 'mei.zhou@newsroom.example',
    name: 'Mei Z',
    fullName: 'Mei Lin Zhou',
    role: 'journalist',
    bio: 'Science and environment reporter. A marine biologist by training, Mei covers the Narrows, the observatory at Kestrel Point and the research coming out of Meridian Polytechnic.',
  },
  {
    key: 'hana',
    email: 'hana.kowalczyk@newsroom.example',
    name: 'Hana K',
    fullName: 'Hana Kowalczyk M.',
    role: 'journalist',
    bio: 'Culture reporter and critic. Hana reviews theatre, music and books, and keeps an eye on the festivals, markets and murals that make the Old Quay what it is.',
  },
];

export const DEMO_SECTIONS = [
  { name: 'Politics', description: 'City hall, the council and the people who vote for it.' },
  { name: 'Business', description: 'The port, the shipyards, the shops and the jobs of Port Meridian.' },
  { name: 'Technology', description: 'Software, data and the digital life of the city.' },
  { name: 'Science', description: 'Research, the environment and the sea around us.' },
  { name: 'Culture', description: 'Music, theatre, books, food and festivals.' },
];
