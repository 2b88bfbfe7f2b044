// Demo articles: Business. Fiction written for this project.
import 'server-only';
import type { DemoArticle } from './types';

export const BUSINESS: DemoArticle[] = [
  {
    title: 'Halvorsen Shipyard wins order for four electric ferries',
    summary:
      'The 120 million contract from Meridian Ferries secures about 600 jobs at the yard until 2029 and makes it the first in the region to build battery-powered passenger ships.',
    author: 'amara',
    section: 'Business',
    tags: ['Jobs', 'Energy', 'Harbour'],
    daysAgo: 1,
    at: '07:00',
    image: {
      key: 'demo-port',
      caption: 'Order books at the yard have grown every quarter this year.',
      credit: 'Illustration: Newsroom demo studio',
    },
    body: [
      'Halvorsen Shipyard has won a contract to build four battery-electric ferries for Meridian Ferries, the largest order in the yard’s 88-year history and one that secures work for around 600 people until the end of the decade.',
      'The ferries, each carrying 400 passengers and 60 cars, will replace diesel vessels on the crossing to Kestrel Point and the islands. They will charge at the quay during the twelve-minute turnaround, using a new high-voltage connection that Tidewater Energy is building on both sides of the Narrows.',
      { h2: 'A yard that nearly closed' },
      'Ten years ago the yard had fewer than 150 staff and survived on repair work. Its chief executive, Solveig Halvorsen, granddaughter of the founder, bet on retraining welders and electricians for battery systems while competitors stayed with diesel.',
      {
        quote:
          'Everybody told us electric ferries were a niche. Our answer was that a ferry crossing is the most predictable journey there is, which makes it perfect for batteries.',
        cite: 'Solveig Halvorsen, chief executive',
      },
      'The yard will take on about 140 apprentices over the life of the contract, in partnership with Meridian Polytechnic. The first ferry is due to enter service in 2027.',
      'Meridian Ferries said the new fleet would cut its fuel bill by roughly 70 percent, though it has not said whether any savings will reach passengers through fares.',
    ],
  },
  {
    title: 'Greyfriars Market traders brace for their first rent review in a decade',
    summary:
      'The council, which owns the covered market, says rents for its 84 stalls are well below commercial rates. Traders say the market only works because they are.',
    author: 'priya',
    section: 'Business',
    tags: ['Food', 'City Council', 'Jobs'],
    daysAgo: 12,
    at: '09:30',
    body: [
      'Stallholders at Greyfriars Market have been told to expect their first rent review since 2015, prompting fears that the Victorian covered market could lose the small family businesses that give it its character.',
      'The council, which owns the building, says stall rents average about a third of what comparable shop space costs nearby, and that the market runs at a loss of roughly 300,000 a year once repairs to the glass roof are included.',
      { h2: 'A market of small margins' },
      'Most of the 84 stalls are run by one or two people. Several traders told this newspaper that an increase of more than ten percent would force them to leave.',
      {
        quote:
          'I sell cheese for a living. I do not have a margin; I have a hobby that pays the electricity.',
        cite: 'Anneliese Brandt, who has run a cheese stall at Greyfriars since 1998',
      },
      {
        list: [
          'The review will be carried out by an independent surveyor.',
          'Any increase would be phased over three years.',
          'A hardship scheme is proposed for stalls with turnover below 60,000 a year.',
        ],
      },
      'The market’s traders’ association has asked for the roof repairs to be funded separately, arguing that a listed building is a civic responsibility rather than a cost to be recovered from tenants.',
    ],
  },
  {
    title: 'Container volumes at the port fall for a third straight quarter',
    summary:
      'The port handled 8 percent fewer containers than a year earlier, as two shipping lines moved services to the deep-water terminal at Calder Bay.',
    author: 'amara',
    section: 'Business',
    tags: ['Harbour', 'Jobs'],
    daysAgo: 25,
    at: '13:15',
    body: [
      'Port Meridian handled 8 percent fewer containers in the third quarter than a year earlier, the third consecutive fall, according to figures published by the harbour authority on Thursday.',
      'The decline is mostly explained by two Asian shipping lines that moved their weekly services to the newer deep-water terminal at Calder Bay, 140 kilometres up the coast, where larger ships can berth at any tide. Bulk cargo and ferry traffic both grew.',
      { h2: 'Dockers worried about hours' },
      'No jobs have been cut, but the dockers’ union says overtime has fallen sharply and casual shifts have been reduced. The union’s local secretary, Kwame Mensah, said members were losing the equivalent of a week’s pay a month.',
      {
        quote:
          'Nobody has lost a job yet. What people have lost is the Saturday shift that paid for their children’s football boots.',
        cite: 'Kwame Mensah, dockers’ union',
      },
      'The harbour authority said it was in talks with a European line about a new service to the Baltic and that deepening the main channel, approved last year, would allow larger ships from 2028.',
    ],
  },
  {
    title: 'Tideline Credit Union opens a branch where the banks closed theirs',
    summary:
      'The member-owned lender is taking over a former bank on Harrow Hill’s high street, the first branch of any kind to open there in seven years.',
    author: 'amara',
    section: 'Business',
    tags: ['Jobs', 'Housing'],
    daysAgo: 39,
    at: '08:45',
    body: [
      'When the last bank branch on Harrow Hill’s high street closed in 2018, the building stayed empty for six years. On Saturday it reopened as a branch of Tideline Credit Union, which says it has signed up more than 900 new members in the district since announcing the move.',
      'Tideline, which was founded by dockers in 1962 and now has 21,000 members, offers savings accounts, small loans and help with budgeting. Its loans are capped at rates well below those of the high-cost lenders that opened on the street after the banks left.',
      { h2: 'Cash still matters' },
      'Staff said the most common request on opening day was simply to pay in cash. Many market traders and older residents had been taking a bus into the centre to do so.',
      {
        quote:
          'My customers pay me in coins. For years I have had to close my shop for an hour to go and bank them.',
        cite: 'Ravi Menon, newsagent',
      },
      'The branch will open five days a week and host free money advice sessions on Thursday evenings.',
    ],
  },
  {
    title: 'Four-day week pilot: most firms say they will keep it',
    summary:
      'Of 23 Port Meridian employers that tried a 32-hour week for six months, 19 plan to continue. Output held steady; sick days fell by a third.',
    author: 'priya',
    section: 'Business',
    tags: ['Jobs'],
    daysAgo: 55,
    at: '06:30',
    body: [
      'Nineteen of the 23 Port Meridian employers that took part in a six-month trial of a four-day working week will keep it, according to a report by researchers at Meridian Polytechnic published on Tuesday.',
      'The firms, employing about 1,100 people between them, included a design agency, two engineering workshops, a care provider and the city’s largest independent bakery. Staff worked 32 hours over four days for the same pay.',
      { h2: 'The results' },
      {
        list: [
          'Output, measured by each firm’s own targets, was unchanged or higher at 17 of the 23.',
          'Sick days fell by 34 percent on average.',
          'Eleven firms reported fewer resignations than in the same period a year earlier.',
          'Four firms, mostly with shift work, found cover too difficult and returned to five days.',
        ],
      },
      'The researchers cautioned that firms had volunteered and were probably better suited than most to the change. The bakery found it hardest, and now runs the four-day week for office staff only.',
      {
        quote: 'Bread does not care what day it is. We had to be honest about that.',
        cite: 'Lorenzo Ricci, owner of Ricci & Daughters bakery',
      },
      'The council says it will consider a trial for some of its own departments next year.',
    ],
  },
  {
    title: 'City caps cruise ship visits at two a day during the summer',
    summary:
      'The limit, which begins next season, follows complaints about crowding in the Old Quay. Cruise lines warn some itineraries will drop Port Meridian altogether.',
    author: 'amara',
    section: 'Business',
    tags: ['Harbour', 'City Council', 'Heritage'],
    daysAgo: 70,
    at: '16:00',
    body: [
      'No more than two cruise ships will be allowed to berth in Port Meridian on any day between June and September from next year, under a policy agreed by the council and the harbour authority.',
      'Last summer, up to five ships arrived on the busiest days, bringing as many as 14,000 passengers into the streets around the Old Quay, which has fewer than 3,000 residents. Residents complained of pavements they could not walk on and cafés that had stopped serving locals.',
      { h2: 'Who gains and who loses' },
      'Tour operators and souvenir shops say the cap will cost them a busy season’s takings. Restaurant owners are divided: some depend on day visitors, while others say cruise passengers rarely stay long enough to eat a full meal.',
      {
        quote:
          'The question is not how many people can we fit. It is what kind of place people are coming to see, and whether it will still be here.',
        cite: 'Deputy Mayor Aiyana Redcloud',
      },
      'The harbour authority estimates the cap will reduce cruise passenger numbers by about a fifth. A per-passenger fee, introduced last year, will fund extra street cleaning and a new tourist information point.',
    ],
  },
  {
    title: 'Roasters form a cooperative to buy coffee straight from growers',
    summary:
      'Seven independent cafés have pooled their orders to import a container a year directly, paying farmers more and their own suppliers less.',
    author: 'priya',
    section: 'Business',
    tags: ['Food', 'Startups'],
    daysAgo: 88,
    at: '10:00',
    body: [
      'Seven of Port Meridian’s independent coffee roasters have formed a cooperative to import green coffee directly from growers in Ethiopia, Colombia and Sumatra, cutting out two layers of brokers.',
      'Individually, none of them buys enough to fill a shipping container. Together, the Harbour Beans cooperative will import about 19 tonnes a year, landed at the port and stored in a shared warehouse in Eastbank.',
      { h2: 'Better prices at both ends' },
      'The cooperative says it is paying growers about 40 percent above the commodity price, while its members still save around 15 percent compared with buying through importers.',
      {
        quote:
          'We used to compete over the same three sacks from the same broker. Now we taste together, choose together and argue about it afterwards.',
        cite: 'Yusra Haddad, co-owner of Lighthouse Roasters',
      },
      'The first container, from a washing station in the Guji zone, arrived last week. Members will each roast it their own way, and plan a public tasting at Greyfriars Market next month.',
    ],
  },
  {
    title: 'Offshore wind supply chain could bring 1,200 jobs to the Narrows',
    summary:
      'Tidewater Energy has chosen Port Meridian as the assembly base for its North Shoal wind farm, provided the city finishes strengthening the old ore quay.',
    author: 'amara',
    section: 'Business',
    tags: ['Energy', 'Jobs', 'Harbour', 'Climate'],
    daysAgo: 110,
    at: '07:45',
    image: {
      key: 'demo-narrows',
      caption: 'Turbine blades would be assembled on the quay and shipped through the Narrows.',
      credit: 'Illustration: Newsroom demo studio',
    },
    body: [
      'Tidewater Energy has named Port Meridian as its preferred base for assembling turbines for the North Shoal offshore wind farm, a decision the company says could create 1,200 jobs during construction and about 300 permanent maintenance posts.',
      'The choice depends on the harbour authority completing work to strengthen the disused ore quay, which would need to carry components weighing more than 1,000 tonnes. The authority has approved 36 million for the work, partly funded by the regional government.',
      { h2: 'Training for the jobs' },
      'Meridian Polytechnic will run courses in high-voltage electrical work and working at height, and the shipyard’s apprentice scheme will be extended to include turbine maintenance.',
      {
        quote:
          'For forty years we have watched jobs leave this harbour. This is the first time in my working life I have seen a line of work arrive.',
        cite: 'Councillor Pieter Mahlangu',
      },
      'Environmental groups broadly support the wind farm but have asked for independent monitoring of seabird colonies on the outer islands during construction. A final investment decision is expected next year.',
    ],
  },
  {
    title: 'Shopfront grants help Lantern Row businesses fix up their fronts',
    summary:
      'Sixty-two small businesses received up to 5,000 each to repair windows, signs and awnings, with a requirement to keep traditional materials.',
    author: 'priya',
    section: 'Business',
    tags: ['Heritage', 'City Council'],
    daysAgo: 140,
    at: '11:30',
    body: [
      'Sixty-two shops, cafés and workshops in Lantern Row have received grants of up to 5,000 each to repair their shopfronts, in a scheme the council hopes will revive one of the city’s oldest trading streets.',
      'The grants cover up to 70 percent of the cost of repairs. Businesses had to use timber frames, painted signs and materials in keeping with the conservation area; plastic fascias and internally lit signs were not eligible.',
      { h2: 'A street coming back' },
      'Vacancy on the street has fallen from 19 percent to 11 percent in two years. Shop owners credit lower rents after the pandemic, a new pedestrian crossing and the arrival of two popular bakeries.',
      {
        quote:
          'People photograph our window now. Two years ago they photographed the boarded-up one next door.',
        cite: 'Emeka Obi, owner of a stationery shop on Lantern Row',
      },
      'The scheme will open for a second round in the Saltmarket next year.',
    ],
  },
  {
    title: 'Ferry fares to the islands rise by six percent in the new year',
    summary:
      'Meridian Ferries blames fuel and insurance costs. Island residents keep their discount, but day-trippers and hauliers will pay more.',
    author: 'amara',
    section: 'Business',
    tags: ['Transport', 'Harbour'],
    daysAgo: 172,
    at: '12:15',
    body: [
      'Meridian Ferries will raise fares on its island and Kestrel Point routes by an average of six percent from January, the company said on Monday, citing higher fuel and insurance costs.',
      'A standard adult return to the islands will rise from 18.40 to 19.50. Residents of the islands, who hold a discount card, will see their fares unchanged for another year after the council agreed to cover the difference.',
      { h2: 'Hauliers hit hardest' },
      'Freight fares will rise by nine percent, which island shopkeepers warned would be passed on in the price of groceries.',
      {
        quote:
          'Everything on our shelves comes over on that ferry. When the ferry costs more, the milk costs more.',
        cite: 'Isla Macleod, who runs the general store on Great Skerry',
      },
      'Meridian Ferries said the increase was the first above inflation since 2019 and that fares would be reviewed once its new electric ferries come into service.',
    ],
  },
];
