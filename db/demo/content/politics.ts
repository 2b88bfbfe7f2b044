// Demo articles: Politics. Fiction written for this project; any resemblance to real places is accidental.
import 'server-only';
import type { DemoArticle } from './types';

export const POLITICS: DemoArticle[] = [
  {
    title: 'Council passes budget that puts buses ahead of the convention centre',
    summary:
      'After a nine-hour session, councillors voted 11 to 6 to move 14 million from the stalled convention centre to night bus routes and road repairs.',
    author: 'budi',
    section: 'Politics',
    tags: ['City Council', 'Budget', 'Transport'],
    daysAgo: 2,
    at: '21:40',
    image: {
      key: 'demo-cityhall',
      caption: 'City hall’s council chamber sat until almost midnight on Tuesday.',
      credit: 'Illustration: Newsroom demo studio',
    },
    body: [
      'Port Meridian’s council approved next year’s budget late on Tuesday, ending weeks of argument over whether the city could afford both a new convention centre on the Eastbank waterfront and the bus service that residents of the outer districts have been asking for since the pandemic.',
      'The final vote, 11 to 6, moves 14 million out of the convention centre’s design budget and spreads it across three night bus routes, a backlog of pothole repairs and a pilot of free fares for under-eighteens. The convention centre is not cancelled, but its design contract will not be signed before the next financial year.',
      { h2: 'What changes for residents' },
      {
        list: [
          'Three night bus routes, linking Harrow Hill, Kestrel Point and the hospital, from the spring timetable.',
          'Free bus travel for under-eighteens for a one-year trial.',
          'An extra 2.1 million for road resurfacing, prioritised by the council’s own condition survey.',
          'Property tax up 1.9 percent, below inflation for the second year running.',
        ],
      },
      'Councillor Ines Varga, who chairs the finance committee, said the change reflected what councillors had heard in a summer of public meetings. “Nobody at a single one of those meetings asked us for a convention centre,” she said. “Several hundred people asked us how to get home from a late shift.”',
      {
        quote:
          'We are not abandoning Eastbank. We are asking the developer to come back with a plan that does not lean on the city for two thirds of the money.',
        cite: 'Mayor Odile Brandt',
      },
      'Opponents said the delay sends the wrong signal to investors. Councillor Pieter Mahlangu, who voted against, warned that the developer’s option on the waterfront site expires in eighteen months and that the city risks losing the plot to a housing scheme with no public space. The budget takes effect on 1 January.',
    ],
  },
  {
    title: 'Mayor proposes a low-emission zone around the Saltmarket',
    summary:
      'Older diesel vans would pay a daily charge to enter the historic quarter from 2027 under plans published for consultation.',
    author: 'budi',
    section: 'Politics',
    tags: ['City Council', 'Climate', 'Transport'],
    daysAgo: 9,
    at: '08:00',
    body: [
      'Delivery vans and cars that do not meet current emission standards would pay a daily charge to drive into the Saltmarket under proposals published by Mayor Odile Brandt on Monday.',
      'The zone would cover the narrow streets between the fish market and the old customs house, where the city’s own monitors have recorded nitrogen dioxide above the legal limit on more than sixty days this year. The charge has not been set, but officials suggested a figure between 8 and 12 a day.',
      { h2: 'Traders split' },
      'Businesses in the quarter are divided. Some café owners welcomed the plan, saying traffic makes outdoor seating all but impossible at lunchtime. Market traders, many of whom drive vans bought second-hand, fear the cost of replacing them.',
      {
        quote:
          'My van is fourteen years old and it runs perfectly. If they want me to buy a new one, they can lend me the money.',
        cite: 'Joaquim Ferreira, who has sold shellfish at the Saltmarket for thirty years',
      },
      'The mayor’s office said a scrappage fund of 1.5 million would help small traders replace vehicles, and that exemptions would apply for residents’ vehicles for the first two years. Consultation runs for twelve weeks, with public meetings at the Saltmarket community hall and online.',
    ],
  },
  {
    title: 'Eastbank by-election turnout is the highest in two decades',
    summary:
      'Nearly 58 percent of voters went to the polls to elect a replacement for the late councillor Aurelio Santangelo. Independent candidate Leilani Kahale won by 312 votes.',
    author: 'priya',
    section: 'Politics',
    tags: ['Elections', 'City Council'],
    daysAgo: 20,
    at: '06:15',
    body: [
      'Eastbank elected an independent councillor for the first time in its history on Thursday, on a turnout that surprised every campaign. Leilani Kahale, a school nurse who ran on a promise to fight for the district’s flood defences, won 2,904 votes, 312 more than the Civic Alliance candidate.',
      'Turnout reached 57.8 percent, the highest in any Port Meridian council election since 2004. Election officials said postal votes alone accounted for almost a third of ballots, and polling stations at the two primary schools had queues at seven in the evening.',
      { h2: 'How the vote broke down' },
      {
        list: [
          'Leilani Kahale (Independent): 2,904',
          'Marco Bellandi (Civic Alliance): 2,592',
          'Siobhan Arkwright (Harbour Party): 1,377',
          'Dev Anand (Greens): 806',
        ],
        ordered: true,
      },
      'Kahale told supporters at the Eastbank boat club that the result was “a message about the river, not about me”. The district flooded twice last winter, and residents have complained that a promised embankment has been stuck in planning since 2019.',
      {
        quote:
          'People didn’t come out for a party. They came out because they are tired of moving their furniture upstairs every January.',
        cite: 'Leilani Kahale',
      },
      'The result leaves the Civic Alliance one seat short of a majority on its own, making the votes of independents more valuable in the budget negotiations expected next month.',
    ],
  },
  {
    title: 'Harbour authority chair steps down after audit finds contract failings',
    summary:
      'An independent audit found that three dredging contracts worth 9 million were awarded without competitive tender. The chair, Gerhard Olsen, says he takes responsibility.',
    author: 'budi',
    section: 'Politics',
    tags: ['Harbour', 'City Council'],
    daysAgo: 34,
    at: '15:20',
    image: {
      key: 'demo-harbour',
      caption: 'Dredging keeps the main channel open for container ships.',
      credit: 'Illustration: Newsroom demo studio',
    },
    body: [
      'The chair of the Port Meridian Harbour Authority, Gerhard Olsen, resigned on Wednesday, hours before the publication of an audit that criticised the way the authority awarded dredging contracts over the past four years.',
      'The audit, commissioned by the council after questions from opposition members, found that three contracts worth a combined 9 million had been extended or renewed without a competitive tender. It did not find evidence of personal gain, but said record-keeping had been “inadequate to demonstrate value for money”.',
      { h2: 'What the auditors found' },
      'Auditors said one firm had received repeated extensions because it already had equipment in the harbour, a reason they called understandable but not documented. Board minutes for two key meetings could not be found.',
      {
        quote:
          'The channel had to stay open and we took shortcuts to keep it open. Those shortcuts were mine to answer for, and I am answering for them.',
        cite: 'Gerhard Olsen, in a statement',
      },
      'The authority’s deputy chair, Ngozi Adeyemi, will lead the board until a permanent appointment is made. The council has asked for all future contracts above 250,000 to be published online, along with the scoring of each bid.',
    ],
  },
  {
    title: 'Rent stabilisation plan divides tenants and small landlords',
    summary:
      'A proposal to cap annual rent rises at inflation plus two percent drew more than 300 people to a public hearing, and almost as many written submissions.',
    author: 'priya',
    section: 'Politics',
    tags: ['Housing', 'City Council'],
    daysAgo: 48,
    at: '10:30',
    body: [
      'More than three hundred people filled the Greyfriars hall on Monday evening for the council’s first public hearing on rent stabilisation, a proposal that would limit annual increases for existing tenants to inflation plus two percentage points.',
      'Rents in Port Meridian have risen by 31 percent in four years, according to the council’s housing department, outpacing wages in every district. In Harrow Hill and Lantern Row, the average two-bedroom flat now costs more than half of a median household’s income.',
      { h2: 'Two sides of the same building' },
      'Tenants described rent rises of 15 and 20 percent at renewal, and landlords who would not repair mould until a new contract was signed. Several small landlords, some owning a single flat, said they had their own mortgage rates to cover and feared being squeezed between a cap and the bank.',
      {
        quote:
          'I am not a property empire. I am a retired teacher with one flat, and my interest rate has doubled.',
        cite: 'Margit Halvorsen, speaking at the hearing',
      },
      {
        list: [
          'The cap would apply to existing tenancies, not new lettings.',
          'Landlords could apply for exceptions after major renovations.',
          'A public register of rents would be created to enforce it.',
        ],
      },
      'A second hearing is planned in Kestrel Point next month. Councillors expect to vote on a final version before the summer recess.',
    ],
  },
  {
    title: 'Every council committee meeting will now be streamed live',
    summary:
      'From planning to licensing, committee meetings will be broadcast and archived online, ending a long-running complaint about decisions made out of sight.',
    author: 'budi',
    section: 'Politics',
    tags: ['City Council', 'Data & Privacy'],
    daysAgo: 63,
    at: '12:00',
    body: [
      'Residents of Port Meridian will be able to watch every council committee meeting live from next month, after councillors voted unanimously to extend streaming beyond the full council sessions that have been broadcast since 2020.',
      'Until now, decisions on planning applications, alcohol licences and school transport were taken in committee rooms with a handful of seats for the public, often during working hours. Recordings will be kept online for six years, with searchable transcripts produced automatically and corrected by clerks.',
      { h2: 'Cost and concerns' },
      'The change will cost about 120,000 in cameras and software, plus one additional clerk. Some councillors raised concerns about members of the public who speak at planning hearings, and the policy allows speakers to ask not to be shown on camera, though their words will still be recorded.',
      {
        quote: 'If a decision can survive being watched, it is probably a decent decision.',
        cite: 'Councillor Ines Varga',
      },
      'Streams will be available on the council’s website and archived alongside agendas and minutes.',
    ],
  },
  {
    title: 'Flood defence bond goes to a referendum in the spring',
    summary:
      'Voters will decide whether the city borrows 80 million over 25 years to build embankments along the Eastbank and raise the Saltmarket sea wall.',
    author: 'priya',
    section: 'Politics',
    tags: ['Climate', 'Budget', 'Elections'],
    daysAgo: 80,
    at: '09:10',
    body: [
      'Port Meridian will hold its first referendum in twelve years this spring, after the council agreed to ask voters whether the city should borrow 80 million to protect its low-lying districts from flooding.',
      'The bond would fund a raised embankment along two kilometres of the Eastbank, a higher sea wall at the Saltmarket and pumping stations in three streets that flood in heavy rain. It would be repaid over 25 years, adding an estimated 46 a year to the average household’s property tax.',
      { h2: 'The question on the ballot' },
      {
        quote:
          'Should the city borrow up to 80 million to build and maintain flood defences for the Eastbank, the Saltmarket and Lantern Row?',
        cite: 'The wording approved by the council',
      },
      'Supporters say the cost of doing nothing is higher: the two floods last winter caused an estimated 19 million in damage to homes and businesses. Critics accept the need for defences but argue that the regional government should pay a larger share, as it does for other coastal cities.',
      'The referendum will be held on the same day as the spring school board elections. A simple majority is needed for the bond to pass.',
    ],
  },
  {
    title: 'Residents choose fourteen projects in the first participatory budget',
    summary:
      'A skate park, shade trees for school playgrounds and a mobile library van top the list chosen by more than 11,000 residents voting online and in libraries.',
    author: 'budi',
    section: 'Politics',
    tags: ['City Council', 'Budget', 'Education'],
    daysAgo: 101,
    at: '14:45',
    body: [
      'More than 11,000 residents took part in Port Meridian’s first participatory budget, choosing fourteen neighbourhood projects to share 2 million set aside by the council last year.',
      'Residents submitted 412 ideas in the spring. Council officers costed the 60 that were feasible, and residents over fourteen could vote for up to five online or on paper in any library. The winning projects will be built over the next eighteen months.',
      { h2: 'The top five' },
      {
        list: [
          'Shade trees and water fountains for six primary school playgrounds',
          'A concrete skate park on the former bus depot at Harrow Hill',
          'A mobile library van for Kestrel Point and the outer estates',
          'Safe crossings on Tannery Lane',
          'Public toilets at the Old Quay',
        ],
        ordered: true,
      },
      'Organisers said the turnout among under-25s was higher than in any council election, helped by voting stations at the polytechnic and three secondary schools.',
      {
        quote:
          'My daughter campaigned for the skate park for a month. She has never been this interested in the council.',
        cite: 'A parent at Harrow Hill library',
      },
      'The council will decide next year whether to make the scheme permanent and whether to increase its budget.',
    ],
  },
  {
    title: 'City halves its backlog of public records requests',
    summary:
      'Requests waiting more than the legal 20 working days fell from 640 to 290 after the council hired three staff and began publishing common answers online.',
    author: 'priya',
    section: 'Politics',
    tags: ['Data & Privacy', 'City Council'],
    daysAgo: 128,
    at: '07:30',
    body: [
      'The number of overdue public records requests at Port Meridian council has fallen by more than half in six months, according to figures released on Friday.',
      'At its peak last winter, 640 requests had waited longer than the legal limit of 20 working days. The council now says 290 are overdue, and that the average response time has dropped from 41 working days to 23.',
      { h2: 'What made the difference' },
      'Officials credit three new staff and a decision to publish answers to frequent requests, such as contract lists and restaurant hygiene inspections, as open data, which removed hundreds of repeat requests. Transparency campaigners welcomed the progress but said the council should reach zero overdue requests before claiming success.',
      {
        quote:
          'Half a backlog is still a backlog. Every one of those 290 is somebody waiting for an answer they are entitled to.',
        cite: 'Farah Idowu, Open Meridian',
      },
      'The council has committed to publishing its monthly statistics on response times.',
    ],
  },
  {
    title: 'School catchment areas redrawn after a year of consultation',
    summary:
      'About 1,400 pupils will be affected over five years as boundaries shift to ease crowding at Harrow Hill primary schools. Siblings of current pupils keep their places.',
    author: 'budi',
    section: 'Politics',
    tags: ['Education', 'City Council'],
    daysAgo: 160,
    at: '11:00',
    body: [
      'Port Meridian’s education committee approved new school catchment boundaries on Wednesday, the first full redrawing since 2009. The change aims to relieve three primary schools in Harrow Hill that have been taking pupils in portable classrooms for six years.',
      'New boundaries apply to children starting school from next September. Officials estimate that about 1,400 pupils will be assigned a different school over five years than under the old map. Children with an older brother or sister already at a school will keep priority there.',
      { h2: 'Changes from the first draft' },
      'The original proposal drew more than 2,000 responses. The final map keeps the Lantern Row estate with St Brigid’s primary after parents showed that the alternative route crossed the ring road twice, and moves a smaller area of Kestrel Point instead.',
      {
        quote:
          'We listened, and the map is better for it. It will not please everyone, and a map never will.',
        cite: 'Councillor Tomasz Wierzbicki, chair of the education committee',
      },
      'Parents can look up their address on an interactive map on the council website.',
    ],
  },
];
