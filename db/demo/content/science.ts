// Demo articles: Science. Fiction written for this project.
import 'server-only';
import type { DemoArticle } from './types';

export const SCIENCE: DemoArticle[] = [
  {
    title: 'Seagrass meadows are returning to the Narrows',
    summary:
      'Divers have mapped 38 hectares of seagrass in the strait, triple the area of a decade ago, after moorings were redesigned and sewage outflows were cleaned up.',
    author: 'mei',
    section: 'Science',
    tags: ['Oceans', 'Climate'],
    daysAgo: 3,
    at: '06:00',
    image: {
      key: 'demo-seagrass',
      caption: 'Seagrass shelters young fish and stores carbon in the seabed.',
      credit: 'Illustration: Newsroom demo studio',
    },
    body: [
      'Seagrass is growing back in the Narrows, the strait between Port Meridian and Kestrel Point, at a pace that has surprised the scientists monitoring it. A survey by divers and drones this summer mapped 38 hectares of meadow, three times the area recorded in 2015.',
      'Seagrass once covered much of the shallow seabed in the strait, but by the 1990s it had almost disappeared, smothered by sediment and shaded by algae fed on sewage. Boat moorings, whose chains dragged in circles across the seabed, left bare patches visible from the air.',
      { h2: 'What helped' },
      {
        list: [
          'A new treatment plant that cut nutrients entering the strait by about 60 percent.',
          'Replacing 200 traditional moorings with floating designs that do not touch the seabed.',
          'Replanting trials by volunteers using seeds collected from surviving patches.',
        ],
      },
      'The meadows matter for more than their looks. Seagrass shelters young cod and seahorses, calms waves before they reach the shore and stores carbon in the sediment beneath it.',
      {
        quote:
          'Ten years ago we were documenting a loss. Now we are documenting a recovery, which is a much nicer spreadsheet to keep.',
        cite: 'Dr Ingrid Solberg, marine ecologist at Meridian Polytechnic',
      },
      'Researchers warn that the meadows remain fragile. A single summer heatwave in 2022 killed back a fifth of the growth, which took two years to return.',
    ],
  },
  {
    title: 'Kestrel Point observatory helps track a newly found asteroid',
    summary:
      'Astronomers at the city’s observatory made 40 measurements of a 300-metre asteroid in its first week of observation. It poses no threat, but it will pass close.',
    author: 'mei',
    section: 'Science',
    tags: ['Space', 'Education'],
    daysAgo: 17,
    at: '20:30',
    image: {
      key: 'demo-observatory',
      caption: 'The observatory’s telescope is the largest in the region open to the public.',
      credit: 'Illustration: Newsroom demo studio',
    },
    body: [
      'Astronomers at the Kestrel Point observatory have contributed dozens of measurements to help pin down the orbit of a newly discovered asteroid, roughly 300 metres across, that will pass within about eight times the distance of the Moon in four years’ time.',
      'The object was first spotted by a survey telescope abroad. Because newly found asteroids are faint and fast-moving, astronomers worldwide race to observe them in the following nights before they are lost. Kestrel Point’s clear autumn skies gave its team six nights in a row.',
      { h2: 'No danger, but useful practice' },
      'Calculations now rule out any collision for at least the next century. Observatory director Dr Rashid Benali said the exercise was valuable precisely because it was routine.',
      {
        quote:
          'Every asteroid we track well is a rehearsal for the one that really matters. You want the rehearsals to be boring.',
        cite: 'Dr Rashid Benali, observatory director',
      },
      'Two sixth-form students on work experience took part in the observations and are credited in the international record.',
      'The observatory opens to the public on clear Friday evenings from October to March.',
    ],
  },
  {
    title: 'Street sensors show where the city’s air is dirtiest, hour by hour',
    summary:
      'A year of readings from 38 low-cost sensors found nitrogen dioxide peaks at school gates at drop-off time, and cleaner air than expected near the port.',
    author: 'mei',
    section: 'Science',
    tags: ['Public Health', 'Climate', 'Data & Privacy'],
    daysAgo: 31,
    at: '07:00',
    body: [
      'A network of 38 air quality sensors installed on lamp posts across Port Meridian has produced its first year of data, and some of the findings contradict what residents and officials assumed.',
      'The sensors, each about the size of a shoebox, measure nitrogen dioxide and fine particles every minute. Researchers at Meridian Polytechnic calibrated them against the city’s two official monitoring stations.',
      { h2: 'Key findings' },
      {
        list: [
          'The highest readings were outside three primary schools between 8.15 and 8.45 a.m., when parents drop off by car.',
          'Streets around the port were cleaner than expected, because prevailing winds carry ship exhaust out to sea.',
          'Fine particles rose sharply on cold, still winter evenings, pointing to wood-burning stoves.',
        ],
      },
      {
        quote:
          'We expected the port to be the villain. It turns out the villain is us, in our cars, at twenty past eight.',
        cite: 'Dr Amaru Quispe, environmental scientist',
      },
      'The council says it will trial closing two school streets to traffic at drop-off and pick-up times from next term. The data are published on the city’s open data portal.',
    ],
  },
  {
    title: 'Heat map reveals a six-degree gap between the city’s hottest and coolest streets',
    summary:
      'Satellite and street-level measurements during the July heatwave show tree-lined neighbourhoods stayed far cooler than the concrete estates of Eastbank.',
    author: 'mei',
    section: 'Science',
    tags: ['Climate', 'Public Health', 'Housing'],
    daysAgo: 50,
    at: '11:15',
    body: [
      'On the hottest afternoon of July, the air temperature in parts of Eastbank reached 36 degrees, while a few kilometres away in the leafy streets of Harrow Hill it was below 30. The figures come from a heat map produced by the polytechnic and volunteers with thermometers.',
      'The map combines satellite images of surface temperature with readings taken by 120 volunteers who walked set routes at three times of day. The hottest places were estates with large car parks, flat roofs and few trees.',
      { h2: 'Why it matters for health' },
      'Heat is the deadliest kind of weather in temperate cities, and it falls hardest on older people living alone in top-floor flats. Hospital admissions for heat-related illness in the July heatwave came disproportionately from the hottest districts.',
      {
        quote:
          'A tree is the cheapest air conditioner a city can buy. It also takes twenty years to install.',
        cite: 'Dr Mei-Ling Tan, urban climate researcher',
      },
      'The council plans to plant 4,000 trees over five years, prioritising the hottest streets, and is testing reflective paint on the roofs of two schools.',
    ],
  },
  {
    title: 'Study links night-time tram noise to poorer sleep along the ring line',
    summary:
      'Residents living within 50 metres of the ring line slept an average of 23 minutes less on nights when late trams ran, researchers found.',
    author: 'mei',
    section: 'Science',
    tags: ['Public Health', 'Transport'],
    daysAgo: 66,
    at: '09:50',
    body: [
      'People living close to the tram ring line sleep measurably worse on the nights when late services run, according to a study by Meridian Polytechnic published in a sleep research journal.',
      'The researchers gave 180 volunteers wrist-worn sleep trackers and noise recorders for four months, during which the transit operator ran trams until 1 a.m. on some nights and until midnight on others. Those living within 50 metres of the track slept an average of 23 minutes less on late-service nights.',
      { h2: 'It’s the wheels, not the engines' },
      'Most of the noise came from a few curves where steel wheels squeal against the rail. Sections of straight track with newer rails barely registered.',
      {
        quote:
          'The good news is that this is fixable. Lubricating curves and grinding rails is a maintenance job, not a rebuild.',
        cite: 'Dr Sunniva Berg, lead author',
      },
      'Meridian Transit said it would install rail lubricators on the four noisiest curves by the spring.',
    ],
  },
  {
    title: 'Citizen scientists count 41,000 migrating birds in a single weekend',
    summary:
      'More than 600 volunteers took part in the autumn count at the Eastbank mudflats and the islands. Numbers of knots and curlews were up; lapwings continue to fall.',
    author: 'mei',
    section: 'Science',
    tags: ['Climate', 'Education', 'Oceans'],
    daysAgo: 85,
    at: '17:00',
    body: [
      'Armed with binoculars, clipboards and flasks of tea, more than 600 volunteers counted 41,218 birds on the Eastbank mudflats and the outer islands over the autumn migration weekend, the highest total in the count’s 27-year history.',
      'The count is organised by the Port Meridian Natural History Society and feeds into national surveys. Volunteers are given a short training session and paired with experienced birders.',
      { h2: 'Winners and losers' },
      {
        list: [
          'Red knots: 9,800, up by a quarter on last year.',
          'Curlews: 1,150, the best count in a decade.',
          'Lapwings: 320, continuing a long decline.',
          'Brent geese: 4,400, roughly stable.',
        ],
      },
      'The society’s chair said the rising knot numbers probably reflected a good breeding season in the Arctic rather than any change in the city, but that protecting the mudflats from disturbance still mattered.',
      {
        quote:
          'Birds vote with their wings. As long as they keep landing here, we must be doing something right.',
        cite: 'Oluwaseun Bakare, chair of the Natural History Society',
      },
    ],
  },
  {
    title: 'A century of sea level readings from the harbour gauge',
    summary:
      'The tide gauge at the Old Quay has recorded water levels since 1925. Its records show the sea 21 centimetres higher than a hundred years ago, and rising faster.',
    author: 'mei',
    section: 'Science',
    tags: ['Oceans', 'Climate', 'Heritage'],
    daysAgo: 105,
    at: '08:00',
    body: [
      'Since 1925, a float in a stilling well beneath the Old Quay has risen and fallen with the tide, and someone has written down where it stood. The gauge, now digital, is one of the longest continuous sea level records in the region, and this year it turns one hundred.',
      'Its records show that average sea level in the harbour is 21 centimetres higher than when measurements began. For most of the century it rose about 1.5 millimetres a year; since 1995, the rate has more than doubled.',
      { h2: 'Handwritten history' },
      'The earliest readings are in leather-bound ledgers kept by harbour clerks, now stored at the city archive. Volunteers spent three winters typing them up so they could be checked against the modern record.',
      {
        quote:
          'You can see the handwriting change when a new clerk started. You can also see the sea rising, in the same ink.',
        cite: 'Dr Camille Marchetti, oceanographer',
      },
      'The gauge’s data underpin the flood defence plans the city will vote on in the spring, and are freely available through the open data portal.',
    ],
  },
  {
    title: 'Wastewater testing gave two weeks’ warning of this winter’s flu wave',
    summary:
      'Samples from the treatment plant showed influenza rising 13 days before hospital admissions did, giving the city’s hospital time to prepare beds and staff.',
    author: 'mei',
    section: 'Science',
    tags: ['Public Health', 'Data & Privacy'],
    daysAgo: 133,
    at: '06:45',
    body: [
      'Twice a week, technicians at Port Meridian’s main treatment plant collect a sample of incoming wastewater and send it to a laboratory at the polytechnic. This winter, those samples showed influenza rising 13 days before the hospital saw the first surge in admissions.',
      'The programme began during the pandemic to track coronavirus and has since been extended to influenza and RSV. Because everyone contributes to wastewater, the method detects infections in people who never see a doctor.',
      { h2: 'Early warning in practice' },
      'The hospital used the warning to open an extra ward and bring forward staff leave. Its medical director said the surge was handled without cancelling planned operations, for the first time in several winters.',
      {
        quote: 'Thirteen days is the difference between planning and panicking.',
        cite: 'Dr Anjali Rao, medical director of Meridian General Hospital',
      },
      'Researchers stress that the samples cannot identify individuals or even streets; they represent a catchment of about 200,000 people.',
    ],
  },
  {
    title: 'Polytechnic expedition finds a glass sponge never described before',
    summary:
      'A remotely operated vehicle filmed the sponge on a seamount 1,100 metres down, 200 kilometres offshore. It has been named after the city.',
    author: 'mei',
    section: 'Science',
    tags: ['Oceans', 'Education'],
    daysAgo: 165,
    at: '13:30',
    body: [
      'Scientists from Meridian Polytechnic have described a species of glass sponge new to science, found during an expedition to a seamount 200 kilometres off the coast. They have named it <em>Euplectella meridiana</em>, after the city.',
      'The sponge, about 30 centimetres tall, builds its skeleton from silica, forming a delicate lattice that looks like spun glass. It was filmed and sampled by a remotely operated vehicle at a depth of 1,100 metres.',
      { h2: 'A slow life in the dark' },
      'Glass sponges grow extremely slowly, and some are thought to live for thousands of years. That makes them vulnerable to bottom trawling, which can destroy in minutes what took centuries to grow.',
      {
        quote:
          'It is wonderful to name something after home. I would like it to still be there when my grandchildren can look for it.',
        cite: 'Dr Tavita Leota, expedition leader',
      },
      'The team has recommended that the seamount be considered for protection when the regional marine plan is revised next year.',
    ],
  },
];
