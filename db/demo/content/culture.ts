// Demo articles: Culture. Fiction written for this project.
import 'server-only';
import type { DemoArticle } from './types';

export const CULTURE: DemoArticle[] = [
  {
    title: 'The Lantern Festival returns to the Old Quay after four years',
    summary:
      'Thousands of paper lanterns, made in workshops across the city, will float along the quay on Saturday night. Organisers have moved the route to avoid the crush of 2021.',
    author: 'hana',
    section: 'Culture',
    tags: ['Heritage', 'Music', 'Food'],
    daysAgo: 6,
    at: '10:00',
    image: {
      key: 'demo-lanterns',
      caption: 'Lantern workshops have run in community halls for the past month.',
      credit: 'Illustration: Newsroom demo studio',
    },
    body: [
      'For the first time in four years, the Lantern Festival will light up the Old Quay on Saturday, with a procession of paper lanterns made by schools, choirs, sports clubs and families in workshops across Port Meridian.',
      'The festival began in 1978 as a small gathering of fishing families marking the end of the herring season. By the time it was suspended, it drew more than 60,000 people, and a crowd crush in 2021 led to a review of how it was run.',
      { h2: 'What is different this year' },
      {
        list: [
          'The procession follows a longer route, along the quay and back through Lantern Row, to spread the crowd out.',
          'Viewing areas have timed, free entry, bookable online.',
          'There are no floating lanterns on the harbour itself, after concerns about litter and wildlife.',
          'Food stalls are run by local restaurants and community groups only.',
        ],
      },
      'Workshop leaders said demand had been overwhelming. The Greyfriars hall ran out of willow for lantern frames twice.',
      {
        quote:
          'My grandmother carried a lantern shaped like a herring in 1978. This year my son is carrying one shaped like a tram. That is the festival.',
        cite: 'Maile Kealoha, workshop volunteer',
      },
      'The procession starts at 7 p.m. Trams will run every five minutes until midnight.',
    ],
  },
  {
    title: 'Philharmonic names a 34-year-old as its next chief conductor',
    summary:
      'Zara Nakamura-Eze, who began as the orchestra’s assistant conductor, will take over in September and promises more new music and more concerts outside the concert hall.',
    author: 'hana',
    section: 'Culture',
    tags: ['Music'],
    daysAgo: 22,
    at: '18:00',
    body: [
      'The Meridian Philharmonic has named Zara Nakamura-Eze as its next chief conductor, making the 34-year-old the youngest person to hold the post in the orchestra’s 112-year history.',
      'Nakamura-Eze joined the orchestra as assistant conductor five years ago and won over players and audiences when she stepped in at a day’s notice to conduct a Mahler symphony after the scheduled guest fell ill. She will take over from Sir Clement Achebe-Hart in September.',
      { h2: 'Plans for the orchestra' },
      'She has promised to programme at least one new or recent work in every subscription concert, and to take smaller groups of players into schools, hospitals and the ferry terminal.',
      {
        quote: 'An orchestra belongs to its city. If people can’t find us, we have to go and find them.',
        cite: 'Zara Nakamura-Eze',
      },
      'Her first season will open with a new piece commissioned from composer Teodor Lindqvist, inspired by the foghorns of the Narrows.',
    ],
  },
  {
    title: 'City Museum reopens its maritime gallery with the voices of dockers',
    summary:
      'After two years of renovation, the gallery tells the story of the harbour through recorded interviews with the people who worked it, not just the ships they loaded.',
    author: 'hana',
    section: 'Culture',
    tags: ['Heritage', 'Harbour'],
    daysAgo: 41,
    at: '09:00',
    body: [
      'The maritime gallery at the Port Meridian City Museum has reopened after a two-year renovation, and the first thing visitors hear is not a ship’s horn but the voice of a docker describing his first day at work in 1961.',
      'The new gallery is built around more than 200 hours of recorded interviews with dockers, net menders, ferry crews and shipyard workers. Their voices play as visitors move between the ship models and cargo hooks that filled the old gallery.',
      { h2: 'Highlights' },
      {
        list: [
          'A full-size reconstruction of a dockers’ canteen, with its original tea urn.',
          'Letters from emigrants who left through the port for the Americas.',
          'The brass bell of the ferry <em>Saint Elmo</em>, which sank in a storm in 1936.',
          'A listening booth of songs sung at the shipyard gates during the 1974 strike.',
        ],
      },
      {
        quote:
          'Museums are good at ships. They are less good at the people who made the ships go. We wanted to turn that around.',
        cite: 'Femi Adeleke, curator',
      },
      'Entry is free. The museum is open from Tuesday to Sunday.',
    ],
  },
  {
    title: 'Fathom Books turns fifty, and its founder still works the till',
    summary:
      'The independent bookshop on Lantern Row opened in 1975 with 400 second-hand books. Its founder, now 79, says the secret is knowing what customers will like before they do.',
    author: 'hana',
    section: 'Culture',
    tags: ['Books', 'Heritage'],
    daysAgo: 60,
    at: '08:30',
    image: {
      key: 'demo-mosaic',
      caption: 'Fathom Books has occupied the same narrow building since 1975.',
      credit: 'Illustration: Newsroom demo studio',
    },
    body: [
      'Fathom Books opened on Lantern Row in the spring of 1975 with 400 second-hand paperbacks, a borrowed cash box and a hand-painted sign. Fifty years on, it is the oldest independent bookshop in Port Meridian, and its founder, Edith Mbeki-Walsh, still works the till three days a week.',
      'The shop has survived two recessions, the arrival of chain bookshops and internet retailers, and a burst pipe that destroyed most of its poetry section in 1996. Its staff of five now sell new books, run a children’s reading club and host readings in a basement that holds 40 people, if they are friendly.',
      { h2: 'How a small shop lasts' },
      'Mbeki-Walsh credits her customers and her staff’s memory. Regulars are greeted by name and often handed a book they did not know they wanted.',
      {
        quote:
          'An algorithm tells you what people like you bought. A bookseller tells you what you will love next. It is a different job.',
        cite: 'Edith Mbeki-Walsh, founder',
      },
      'The shop will celebrate with a week of readings by local authors, ending with a party on Lantern Row to which, Mbeki-Walsh says, everyone who ever bought a book there is invited.',
    ],
  },
  {
    title: 'New rules let street food traders stay out until midnight',
    summary:
      'Licensing changes extend trading hours for food trucks at four sites, and cut the cost of a permit for new traders by half.',
    author: 'hana',
    section: 'Culture',
    tags: ['Food', 'City Council'],
    daysAgo: 78,
    at: '12:00',
    body: [
      'Street food traders in Port Meridian will be allowed to trade until midnight at four sites, including the Old Quay and the square outside the central station, under licensing changes approved on Thursday.',
      'Until now, most street food permits ended at 9 p.m. Traders said they were closing just as cinema and concert audiences came out looking for something to eat.',
      { h2: 'What changes' },
      {
        list: [
          'Trading until midnight at four designated sites, Thursday to Saturday.',
          'The cost of a first-year permit falls from 1,200 to 600.',
          'Traders must provide bins and recycling and keep noise down after 10 p.m.',
        ],
      },
      {
        quote:
          'I sell dumplings to nurses coming off shift at the hospital. Now I can actually be there when they come off shift.',
        cite: 'Lin Haoran, street food trader',
      },
      'Residents near the Old Quay have asked for a review after six months, which the licensing committee agreed to.',
    ],
  },
  {
    title: 'A film festival for shorts shot entirely on phones',
    summary:
      'The Pocket Cinema festival screened 46 films made by residents aged 9 to 81. The winner was a six-minute documentary about a night on the ferry.',
    author: 'hana',
    section: 'Culture',
    tags: ['Film', 'Education'],
    daysAgo: 97,
    at: '19:30',
    body: [
      'The rules of the Pocket Cinema festival are simple: films must be under ten minutes, made in Port Meridian, and shot entirely on a phone. This year’s festival, at the Regent cinema, screened 46 films chosen from more than 300 entries.',
      'Filmmakers ranged in age from nine to 81. Entries included a stop-motion animation made with shells, a music video shot on a tram and a horror film set in a launderette.',
      { h2: 'The winner' },
      'The top prize went to <em>Last Crossing</em>, a six-minute documentary following the crew of the final ferry to Kestrel Point on a stormy night. Its director, Nasrin Hosseini, works as a deckhand on the route and filmed during her breaks.',
      {
        quote:
          'I wanted people to see the crossing the way we see it: at night, in the rain, with someone always making tea.',
        cite: 'Nasrin Hosseini, director of Last Crossing',
      },
      'All the shortlisted films are available to watch free on the festival’s website until the end of the year.',
    ],
  },
  {
    title: 'Restorers bring a faded Lantern Row mural back to life',
    summary:
      'The 1983 mural of the herring fleet, painted by the late artist Mateus Calder, has been restored by a team that included two of his former students.',
    author: 'hana',
    section: 'Culture',
    tags: ['Heritage'],
    daysAgo: 122,
    at: '10:20',
    image: {
      key: 'demo-skyline',
      caption: 'The mural covers the whole gable end of a four-storey building.',
      credit: 'Illustration: Newsroom demo studio',
    },
    body: [
      'For most of the last decade, the mural on the gable end of 41 Lantern Row was barely visible, its blues bleached grey by sun and salt. This week the scaffolding came down to reveal the herring fleet in full colour again.',
      'The mural was painted in 1983 by Mateus Calder, who taught art at a local secondary school and painted it with his pupils over two summers. Two of those pupils, now in their fifties, joined the professional restorers on the project.',
      { h2: 'Restoring, not repainting' },
      'The team spent weeks photographing the surface and testing paints before touching it, aiming to stabilise Calder’s work rather than paint over it. Areas that had flaked away completely were filled using his original sketches, which his family lent from their attic.',
      {
        quote:
          'I painted the third boat from the left when I was fourteen. I was very nervous about touching it again.',
        cite: 'Graça Monteiro, former pupil and restoration volunteer',
      },
      'The restoration was funded by a community appeal that raised 48,000 from more than 1,200 donors.',
    ],
  },
  {
    title: 'Review: “The Gate”, a play about the 1974 shipyard strike, is a triumph',
    summary:
      'The Harbour Theatre’s new production turns a bitter chapter of the city’s history into a funny, angry and deeply humane evening.',
    author: 'hana',
    section: 'Culture',
    tags: ['Heritage', 'Jobs'],
    daysAgo: 145,
    at: '22:00',
    body: [
      'In the winter of 1974, workers at the Halvorsen shipyard stood at its gates for eleven weeks in a strike that split families and streets across Port Meridian. Fifty years on, the Harbour Theatre has made it the subject of a new play, and the result is the best thing I have seen on a stage in this city for years.',
      '<em>The Gate</em>, written by Ruth Achterberg-Osei, follows three families through the strike: a welder, his wife who works in the yard’s canteen, and the foreman next door who keeps crossing the picket line. None of them is a villain, which is exactly why it hurts.',
      { h2: 'A stage full of sparks' },
      'The staging is simple and ingenious: a steel frame that becomes a hull, a kitchen and finally the gate itself. The cast of eight includes two actors who are grandchildren of strikers, and at the performance I saw, former yard workers in the audience joined in with the songs.',
      {
        quote:
          'We aren’t asking for the moon. We are asking for the moon to come out at the same time every night.',
        cite: 'A line from the play',
      },
      'It is long, at nearly three hours, and the second act sags before the final scene. But you will not forget that final scene. <strong>Five stars.</strong> At the Harbour Theatre until the end of the month.',
    ],
  },
  {
    title: 'Community radio station Harbour FM celebrates forty years on air',
    summary:
      'The volunteer-run station started in a fish merchant’s attic in 1985. It now broadcasts in eleven languages and trains about 60 new presenters a year.',
    author: 'hana',
    section: 'Culture',
    tags: ['Music', 'Heritage', 'Education'],
    daysAgo: 178,
    at: '07:30',
    body: [
      'Harbour FM first went on air in the spring of 1985 from the attic of a fish merchant’s office on the Old Quay, using a transmitter built from a kit. Forty years later, the community station broadcasts around the clock from a studio above the central library, run almost entirely by volunteers.',
      'Its schedule reflects the city: shows in eleven languages, from Tagalog to Polish, a Sunday morning programme for the fishing fleet, a hip-hop show run by teenagers and a weekly reading of the council’s planning applications that has a surprisingly loyal audience.',
      { h2: 'A training ground' },
      'About 60 people a year complete the station’s presenter training. Several have gone on to careers in national broadcasting, but most simply stay.',
      {
        quote: 'I came in for one show in 1991 and nobody has ever asked me to leave.',
        cite: 'Ottilie Fernandes, presenter of the Saturday jazz hour',
      },
      'The station will mark its anniversary with a 40-hour live broadcast featuring every presenter it can find, past and present.',
    ],
  },
  {
    title: 'Winter concert series: the Philharmonic’s programme for the dark months',
    summary:
      'Twelve concerts between December and February, including three free performances at the ferry terminal and a new work about the Narrows.',
    author: 'hana',
    section: 'Culture',
    tags: ['Music'],
    daysAgo: -3,
    at: '08:00',
    status: 'scheduled',
    body: [
      'The Meridian Philharmonic has announced twelve concerts for its winter series, the first programmed by chief conductor Zara Nakamura-Eze.',
      { h2: 'Highlights' },
      {
        list: [
          'The premiere of Teodor Lindqvist’s <em>Foghorns</em>, written for the orchestra.',
          'Three free lunchtime concerts at the ferry terminal.',
          'A family concert on New Year’s Day.',
        ],
      },
      'Tickets go on sale to the public next week, with a quarter of seats at every concert priced at 10 or less.',
    ],
  },
];
