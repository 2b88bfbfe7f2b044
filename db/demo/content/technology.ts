// Demo articles: Technology. Fiction written for this project.
import 'server-only';
import type { DemoArticle } from './types';

export const TECHNOLOGY: DemoArticle[] = [
  {
    title: 'The city’s open data portal returns, with bus positions every ten seconds',
    summary:
      'Relaunched after two years offline, the portal now publishes live tram and bus locations, planning applications and restaurant inspections under an open licence.',
    author: 'tomas',
    section: 'Technology',
    tags: ['Data & Privacy', 'Transport', 'City Council'],
    daysAgo: 4,
    at: '09:00',
    image: {
      key: 'demo-circuit',
      caption: 'The portal publishes 140 datasets, most updated daily.',
      credit: 'Illustration: Newsroom demo studio',
    },
    body: [
      'Port Meridian’s open data portal is back online after two years, with more data than before and a promise from the council that it will not disappear again when a contract ends.',
      'The old portal went offline in 2023 when the company hosting it was bought and the service withdrawn. The new one is built on open-source software and run by the council’s own digital team. It launches with 140 datasets, including the live positions of every bus and tram, updated every ten seconds.',
      { h2: 'What you can find there' },
      {
        list: [
          'Live vehicle positions and the full timetable in the standard format used by journey planners.',
          'Every planning application since 2010, with decisions and documents.',
          'Food hygiene inspection results.',
          'Air quality readings from 38 street sensors.',
          'Council spending over 500, published monthly.',
        ],
      },
      'Developers who built apps on the old portal said they were relieved but cautious. One, who runs a popular tram-times app, said he had rewritten it twice in four years because of changes to the data.',
      {
        quote:
          'The best thing about this launch is not the data, it is the promise to keep the formats stable. We will hold them to that.',
        cite: 'Ana Lucía Ferraro, developer of the Next Tram app',
      },
      'All datasets are published under an open licence that allows commercial use with attribution.',
    ],
  },
  {
    title: 'Quayside Labs raises 4 million to sell tide forecasts to ports',
    summary:
      'The six-person start-up, spun out of the polytechnic, uses machine learning on decades of harbour gauge records to predict water levels more precisely.',
    author: 'tomas',
    section: 'Technology',
    tags: ['Startups', 'Artificial Intelligence', 'Oceans'],
    daysAgo: 15,
    at: '07:15',
    body: [
      'Quayside Labs, a start-up based in a former net loft on the Old Quay, has raised 4 million from investors to expand its tide-forecasting software to ports across Europe.',
      'The company was founded in 2022 by two oceanographers and a software engineer from Meridian Polytechnic. Its software combines traditional tidal predictions with a model trained on 90 years of records from the Port Meridian harbour gauge, plus weather forecasts, to predict water levels up to three days ahead.',
      { h2: 'Why centimetres matter' },
      'For a large container ship, ten centimetres of extra water under the keel can mean hundreds more containers loaded. The harbour authority has used Quayside’s forecasts since last year to schedule the largest vessels.',
      {
        quote:
          'Tide tables are wonderful, but they assume the weather is average. The weather is never average.',
        cite: 'Dr Folake Adebayo, co-founder of Quayside Labs',
      },
      'The company plans to hire twelve people in Port Meridian this year, mostly engineers and data scientists, and to open a small office in Rotterdam.',
    ],
  },
  {
    title: 'Libraries start lending mobile internet hotspots',
    summary:
      'Two hundred pocket Wi-Fi devices can be borrowed for three weeks at a time, aimed at the one in nine households in the city with no home broadband.',
    author: 'tomas',
    section: 'Technology',
    tags: ['Education', 'Data & Privacy'],
    daysAgo: 29,
    at: '10:45',
    body: [
      'Port Meridian’s libraries have begun lending mobile internet hotspots, small battery-powered devices that provide Wi-Fi for a laptop or phone wherever there is a mobile signal.',
      'The city has bought 200 devices with unlimited data, which can be borrowed for three weeks with a library card. The council estimates that one in nine households has no home broadband, rising to one in five on some estates in Kestrel Point.',
      { h2: 'Who is borrowing them' },
      'In the first fortnight every device was on loan, and the waiting list reached 340. Librarians said borrowers included students finishing coursework, job seekers and older people trying to book medical appointments online.',
      {
        quote:
          'A woman came in to say thank you because she had done her first video call with her grandson in Canada.',
        cite: 'Maribel Santos, librarian at Kestrel Point',
      },
      'The devices filter no content beyond what the law requires, and the library does not record browsing history, a point privacy campaigners had pressed for.',
    ],
  },
  {
    title: 'Council pauses facial recognition cameras pending a public debate',
    summary:
      'A trial planned for the central station is on hold for at least a year while an independent panel looks at accuracy, bias and the law.',
    author: 'tomas',
    section: 'Technology',
    tags: ['Data & Privacy', 'Artificial Intelligence', 'City Council'],
    daysAgo: 44,
    at: '15:30',
    body: [
      'Port Meridian council has paused plans to trial live facial recognition cameras at the central station, after councillors from three parties said the public had not been consulted.',
      'The trial, proposed by the transport police, would have compared faces of passengers against a watchlist of people wanted for serious offences. It will now be considered by an independent panel of legal experts, technologists and residents, which will report within a year.',
      { h2: 'The panel’s questions' },
      {
        list: [
          'How accurate are the systems, and for whom do they fail most often?',
          'Who decides which people are on a watchlist?',
          'What happens to the images of everyone who is not?',
          'Is the law clear enough to allow it at all?',
        ],
      },
      'The transport police said they were disappointed but would cooperate with the panel, and pointed to a rise in pickpocketing at the station.',
      {
        quote:
          'You do not have to be against the police to want to understand a technology before it points at you every morning.',
        cite: 'Councillor Dev Anand',
      },
    ],
  },
  {
    title: 'What went wrong when the tram app stopped working for a day',
    summary:
      'A certificate nobody was watching expired at 4 a.m., taking ticketing offline for 19 hours. The operator has published a frank account of the failure.',
    author: 'tomas',
    section: 'Technology',
    tags: ['Transport', 'Data & Privacy'],
    daysAgo: 58,
    at: '08:20',
    body: [
      'Passengers who tried to buy tram tickets on their phones last Tuesday were met with an error message for most of the day. Meridian Transit has now published a detailed account of what went wrong, an unusually open step for a public operator.',
      'The cause was mundane: a security certificate used by the payment service expired at 4 a.m. The renewal reminder had been sent to the email address of an engineer who left the company in 2022. The app was restored at 11 p.m., after 19 hours.',
      { h2: 'What will change' },
      {
        list: [
          'Certificates will be renewed automatically and monitored by two separate systems.',
          'Alerts will go to a shared team address, not to individuals.',
          'Ticket inspectors were told to accept a screenshot of the error as proof of intent to pay, and the operator says no fines will stand.',
        ],
      },
      'Software engineers praised the write-up. Several said the same kind of failure had happened at their own employers and been quietly forgotten.',
      {
        quote:
          'Every organisation has a certificate like this somewhere. The only difference is whether it has already expired.',
        cite: 'Henrik Aalto, software engineer',
      },
    ],
  },
  {
    title: 'Repair café at the polytechnic fixes 1,000 devices in its first year',
    summary:
      'Students and volunteers have repaired phones, kettles, bicycles and a 1970s tape recorder, keeping an estimated four tonnes of waste out of landfill.',
    author: 'tomas',
    section: 'Technology',
    tags: ['Education', 'Climate'],
    daysAgo: 76,
    at: '12:30',
    body: [
      'Every Saturday morning, the engineering workshop at Meridian Polytechnic fills with broken things: toasters, laptops, lamps, the occasional vacuum cleaner strapped to a shopping trolley. This month the repair café that meets there fixed its thousandth item.',
      'The café is run by engineering students and retired technicians, who repair items for free while their owners watch and, ideally, learn. Organisers estimate that about two thirds of what comes in leaves working.',
      { h2: 'The hardest repairs' },
      'Phones with glued-in batteries and appliances held together with unusual screws are the most frustrating, volunteers said. The easiest are bicycles and anything made before 1990.',
      {
        quote:
          'The older the machine, the more it wants to be repaired. Somebody designed it expecting it would be opened one day.',
        cite: 'Walter Osei, retired radio engineer and volunteer',
      },
      'The café has started keeping a public list of the brands that are hardest to fix, which it sends to the regional consumer office each quarter.',
    ],
  },
  {
    title: 'Full-fibre broadband reaches Kestrel Point, years after the centre',
    summary:
      'A council-backed network will connect 9,000 homes on the peninsula by next summer, where residents have made do with speeds below 10 megabits.',
    author: 'tomas',
    section: 'Technology',
    tags: ['Data & Privacy', 'Education'],
    daysAgo: 95,
    at: '09:40',
    image: {
      key: 'demo-kestrel',
      caption: 'Kestrel Point’s hills made it the last part of the city to get fibre.',
      credit: 'Illustration: Newsroom demo studio',
    },
    body: [
      'Engineers have begun laying fibre-optic cable to Kestrel Point, the hilly peninsula that has long had the slowest internet connections in Port Meridian.',
      'The network, built by a company jointly owned by the council and a regional pension fund, will reach 9,000 homes by next summer. Many residents currently get less than 10 megabits a second, too slow for a family to stream video and work from home at the same time.',
      { h2: 'Why it took so long' },
      'Commercial providers said the rocky ground and scattered houses made the peninsula too expensive to connect. The council’s network is running cable along existing electricity poles where it can, cutting the cost per home by about half.',
      {
        quote:
          'During lockdown my children did their lessons in the car park of the supermarket because it had Wi-Fi.',
        cite: 'Ewa Nowak, Kestrel Point resident',
      },
      'Any internet provider will be able to sell services over the network, which the council says should keep prices competitive.',
    ],
  },
  {
    title: 'Council call centre tests an AI assistant, with a human one click away',
    summary:
      'The assistant will answer questions about bins, parking permits and council tax for six months. Callers can always ask for a person.',
    author: 'tomas',
    section: 'Technology',
    tags: ['Artificial Intelligence', 'City Council', 'Data & Privacy'],
    daysAgo: 118,
    at: '14:00',
    body: [
      'Residents contacting Port Meridian council online about bins, parking permits or council tax will be offered an AI assistant for the next six months, as part of a trial the council says is meant to shorten queues rather than replace staff.',
      'The assistant answers only from the council’s published pages and shows the source of each answer. It cannot take payments or make decisions. Saying “person” at any point transfers the conversation to a member of staff with its history attached.',
      { h2: 'Rules for the trial' },
      {
        list: [
          'Conversations are deleted after 30 days unless a resident asks for a copy.',
          'No conversation data is used to train the supplier’s models.',
          'Every month, staff review a random sample of 200 answers for accuracy.',
          'Results will be published at the end of the trial.',
        ],
      },
      'The union representing call centre staff said it had been consulted and had secured a commitment that no posts would be cut during the trial.',
      {
        quote: 'If it tells someone the wrong bin day, we will hear about it. That is the point of checking.',
        cite: 'Hollis Grant, head of customer services',
      },
    ],
  },
  {
    title: 'Retirees learn to code, and build an app for the allotments',
    summary:
      'A weekly coding club for the over-sixties at Harrow Hill library has produced its first project: an app to share surplus vegetables.',
    author: 'tomas',
    section: 'Technology',
    tags: ['Education', 'Food'],
    daysAgo: 150,
    at: '10:10',
    body: [
      'The youngest member of the Tuesday coding club at Harrow Hill library is 61. The oldest is 87. Together they have built an app that lets allotment holders post surplus produce for neighbours to collect.',
      'The club started two years ago with eight people learning the basics of a programming language. It now has 23 members and a waiting list. Volunteers from a local software company help with the harder parts.',
      { h2: 'From courgettes to code' },
      'The app began with a familiar problem: every August, the allotments produce far more courgettes than anyone can eat. Members designed the app on paper first, then built it over a winter.',
      {
        quote:
          'I spent forty years as a bookkeeper. It turns out programming is mostly bookkeeping with better error messages.',
        cite: 'Doreen Achterberg, 74, club member',
      },
      'More than 300 people have used the app since the summer. The club plans to teach its next course on making websites accessible to people with poor eyesight.',
    ],
  },
  {
    title: 'What the council’s new data rules mean for you',
    summary: 'A plain guide to the privacy policy the council adopts next month.',
    author: 'tomas',
    section: 'Technology',
    tags: ['Data & Privacy', 'City Council'],
    daysAgo: 0,
    at: '06:00',
    status: 'draft',
    body: [
      'Draft: the council adopts a new data protection policy next month. This guide will explain what changes for residents.',
      { h2: 'Still to check' },
      {
        list: [
          'Retention periods for CCTV footage',
          'Who can see parking permit records',
          'How to request your own data',
        ],
      },
      'Waiting for the council’s data protection officer to confirm the details before this goes to review.',
    ],
  },
];
