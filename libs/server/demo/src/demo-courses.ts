import type { CourseVisibility, Locale } from '@campus/contracts';

/** A page lesson of a demo course: Markdown only (video lessons need a hosted embed link). */
export interface DemoLesson {
  title: string;
  kind: 'page';
  required: boolean;
  /** Markdown. */
  body: string;
}

export interface DemoModule {
  title: string;
  lessons: DemoLesson[];
}

export interface DemoCourse {
  /** The owning organisation, by name and country (as in DEMO_ORGANISATIONS). */
  organisation: { name: string; country: string };
  /** The e-mail of the demo person recorded as the course's author. */
  createdByEmail: string;
  slug: string;
  title: string;
  summary: string;
  language: Locale;
  eqfLevel: number;
  workloadHours: number;
  learningOutcomes: string[];
  topics: string[];
  visibility: CourseVisibility;
  modules: DemoModule[];
}

const DEMO_SCHOOL = { name: 'Demo VET School', country: 'IT' };
const DEMO_TRAINER = 'trainer@demo.campus';

/**
 * Lesson bodies are hard-wrapped here for readability; stored, each paragraph or list item is one
 * line, which is how it reads in the lesson editor.
 */
export function unwrapMarkdown(markdown: string): string {
  const lines: string[] = [];
  for (const line of markdown.trim().split('\n')) {
    const previous = lines.at(-1);
    const startsBlock = line.trim() === '' || /^\s*(#{1,6} |[-*+] |\d+\. |>)/.test(line);
    if (previous !== undefined && previous.trim() !== '' && !previous.startsWith('#') && !startsBlock)
      lines[lines.length - 1] = `${previous} ${line.trim()}`;
    else lines.push(line);
  }
  return lines.join('\n');
}

function page(title: string, body: string, required = true): DemoLesson {
  return { title, kind: 'page', required, body: unwrapMarkdown(body) };
}

// ---------------------------------------------------------------------------------------------
// Setting up an International Office in a VET school (English)
// ---------------------------------------------------------------------------------------------

const WHAT_AN_INTERNATIONAL_OFFICE_DOES = `
An International Office is the part of a VET school that turns international cooperation from a
series of one-off trips into a planned, lasting part of how the school teaches and develops. In a
small school it may be one coordinator with a few hours a week; in a large one, a team. The size
matters less than the mandate: the office acts on behalf of the whole school, with the support of
its leadership.

## Why a VET school needs one

Vocational learners and teachers benefit from seeing how their trade is practised elsewhere:
different tools, regulations, customers and ways of organising work. Without someone who owns
the process, however, mobility depends on the energy of a few enthusiastic teachers, partners are
lost when those teachers leave, and the school struggles to meet the quality and reporting
requirements of funders such as Erasmus+.

## Core tasks

- **Strategy**: drafts and updates the school's internationalisation strategy with the leadership
  team, and checks that activities serve its objectives.
- **Funding and projects**: prepares applications, manages grants and keeps the documentation
  that audits and final reports require.
- **Mobility management**: organises the selection, preparation, travel, stay and follow-up of
  learners and staff going abroad, and of guests the school hosts.
- **Partnerships**: finds, assesses and maintains partner schools, companies and intermediary
  organisations.
- **Quality and recognition**: makes sure that learning abroad is planned, assessed and
  recognised, and that feedback leads to improvements.
- **Communication**: shares results with colleagues, learners, families, employers and the local
  community.

## What it is not

The International Office does not replace teachers. Trade teachers define what learners should
learn abroad and assess it; company tutors supervise work placements; the finance office keeps
the accounts. The office coordinates these people and keeps the overall picture.

## Worked example: a week in a small International Office

- **Monday**: checks the signed learning agreements for four learners leaving for a hotel
  placement next month.
- **Tuesday**: online meeting with a partner school to plan a teacher's job shadowing visit.
- **Wednesday**: presents last year's mobility results at the teachers' council.
- **Thursday**: updates the budget overview and uploads participant data to the project's
  reporting tool.
- **Friday**: answers questions from parents at an information evening.

## Quick check

Before moving on, note for your own school:

1. Who currently coordinates international activities, and with what mandate?
2. Where are partner contacts and project documents kept?
3. Which of the core tasks above are covered, and which depend on goodwill alone?
`;

const PEOPLE_AND_ROLES = `
Internationalisation only works when responsibilities are clear. This lesson maps the people
usually involved in a VET school and what each of them contributes.

## Inside the school

- **Head of school (legal representative)**: signs applications, grant agreements and
  memoranda of understanding; makes internationalisation part of the school's development plan
  and protects the time and resources it needs.
- **International coordinator**: leads the International Office, coordinates projects and is the
  first contact for partners and for the National Agency.
- **Administrative and finance staff**: handle contracts, payments to participants, insurance,
  travel bookings and the financial side of reporting.
- **Trade and subject teachers**: define the learning outcomes of each mobility, prepare
  learners, assess what was learned and bring new practice back into their teaching.
- **Mobility tutors or accompanying persons**: support learners before and during the stay,
  especially younger learners and those who need extra support.
- **Guidance and inclusion staff**: help reach learners who would not apply on their own and
  plan support for participants with fewer opportunities.

## Outside the school

- **Learners and their families**: need clear information, fair selection and a named contact.
- **Local employers and company tutors**: often host incoming learners and can explain what
  skills they expect from graduates.
- **Partner schools, host companies and intermediary organisations** abroad.
- **Regional authorities, chambers of commerce and sector associations**, which can open doors
  to new partners and support sustainability.

## A simple role map

A role map agrees, for each recurring task, who **decides**, who **does the work** and who
**must be informed**. For example:

- *Selecting learners for mobility*: the selection committee decides; the International Office
  runs the process; class teachers and families are informed.
- *Setting learning outcomes for a placement*: the trade teacher decides; the International
  Office checks them with the host; the learner is informed and signs.
- *Signing a memorandum of understanding*: the head of school decides and signs; the
  International Office prepares it; the teachers' council is informed.

## Worked example

A school of about 900 learners in Bologna started with one coordinator working alone. After a
year it appointed a "mobility contact" teacher in each of its three sectors (hospitality,
mechanics, business), agreed one afternoon a month for an internationalisation working group, and
gave a member of the administrative staff responsibility for travel and payments. The
coordinator's workload fell, and more colleagues understood what Erasmus+ could offer.

## Checklist

- Every recurring task has one person who decides.
- The head of school has approved the role map.
- Each sector or department has a contact person.
- Role descriptions are written down, so they survive staff changes.
`;

const INTERNATIONALISATION_STRATEGY = `
An internationalisation strategy explains **why** your school works internationally, **what** it
wants to achieve, and **how** it will know whether it succeeded. It does not need to be long: two
to four pages that people actually read are better than a thick document in a drawer.

## Start from the school's own needs

Internationalisation is a means, not an end. Begin with the school's development plan and ask
where international cooperation could help, for example:

- learners need more work-based learning in a sector with few local companies;
- teachers need to update their skills in a field that is changing fast, such as digital or green
  technologies;
- the school wants to improve inclusion, language skills or the attractiveness of its courses;
- local employers look for graduates used to working in international teams.

Collect evidence: feedback from employers, teacher development plans, learner surveys and
results of previous projects.

## Structure of a short strategy

1. **Context**: the school, its sectors, learners and region, in a few lines.
2. **Needs**: the three to five most important needs that cooperation can address.
3. **Objectives**: concrete and measurable, each linked to a need.
4. **Activities**: mobility of learners and staff, cooperation projects, hosting guests,
   online collaboration.
5. **Resources and roles**: the International Office, the role map, time and budget.
6. **Quality and recognition**: how learning is planned, assessed and recognised.
7. **Monitoring**: indicators, who reviews them and when.

If your school applies for an Erasmus accreditation, the objectives you describe in its Erasmus
Plan should come directly from this strategy.

## Writing good objectives

Weak objective: *"Increase internationalisation."*

Better objective: *"Within three years, every hospitality teacher has completed at least one job
shadowing period abroad and has introduced one new practice in their teaching, documented in the
staff development plan."*

A good objective names who is involved, what changes, by when, and how you will see the change.

## Worked example

The mechanics department of a school notices that local garages increasingly repair electric and
hybrid vehicles, but only one teacher is trained in high-voltage safety. The strategy sets the
objective that four mechanics teachers job-shadow colleagues at partner schools with established
electric vehicle training within two years, and that a new unit on high-voltage safety is added to
the curriculum. The indicators are the number of teachers trained, the new unit approved by the
teachers' council, and learner results in the unit.

## Checklist

- The strategy is linked to the school's development plan.
- Each objective answers a documented need.
- Indicators are defined and someone is responsible for reviewing them.
- The strategy has been discussed with staff and approved by the leadership.
- A review date is set, for example once a year.
`;

const KA1_LEARNING_MOBILITY = `
Key Action 1 (KA1) of Erasmus+ funds **learning mobility**: learners and staff spend a period
abroad to learn. For a VET school it is usually the first and most important source of support.
The rules are set out each year in the Erasmus+ Programme Guide, published on
erasmus-plus.ec.europa.eu, and applications go to the **National Agency** of your country.

## What KA1 can support in VET

- **Mobility of VET learners**: work-based learning in companies or in VET schools abroad, for
  short periods or for longer stays (the long-term format is known as ErasmusPro). Recent
  graduates can also take part for a limited time after graduation.
- **Mobility of staff**: job shadowing, teaching or training assignments at a partner
  organisation, and structured courses or training events.
- **Other activities**, such as inviting experts to your school, hosting teachers in training,
  and preparatory visits to plan future mobilities with a partner.

Check the current Programme Guide for eligible durations, participants and grant rules: they are
detailed and can change from one year to the next.

## Two routes: accreditation or short-term projects

**Erasmus accreditation in VET** is a long-term route. The school (or a consortium led by a
coordinator) applies once with an **Erasmus Plan** describing its objectives, and, once
accredited, requests funding each year without writing a new full project. It suits schools that
want mobility to be a regular part of their work and can commit to the **Erasmus quality
standards**.

**Short-term projects** are a lighter route. The school applies for a single project with a
limited number of participants and activities. They suit newcomers and schools that organise
mobility only occasionally. There are limits on how often an organisation can use this route, so
it is often a step towards accreditation.

In both cases the Erasmus quality standards apply: inclusion, sustainability, digital
education, active participation, good management, and the planning, assessment and recognition
of learning outcomes.

## Before you apply

- Register the school on the Erasmus+ and European Solidarity Corps platform to obtain its
  **Organisation ID**.
- Read the Programme Guide sections for VET and the call information of your National Agency.
- Agree internally who writes the application and who approves it.
- Talk to potential partners early, even though KA1 applications do not require partners to
  be named in advance.

## Worked example: which route?

A school sends about six staff members abroad per year and no learners yet. It has no previous
Erasmus+ experience. A **short-term project** lets it test its procedures with a small group of
staff and a first group of learners. After two successful projects, a clear strategy and a
partner network, the school prepares an **accreditation** application so that it can plan
several years ahead.

## Checklist

- You know which National Agency handles VET in your country.
- The school has an Organisation ID.
- Your needs and objectives are written down (see the strategy lesson).
- You have chosen a route, and the leadership has agreed to it.
`;

const KA2_PARTNERSHIPS = `
Key Action 2 (KA2) funds **cooperation among organisations**. Where KA1 is about individuals
learning abroad, KA2 is about schools, companies and other organisations working together to
develop, share or apply new practices and produce concrete results.

## Cooperation partnerships

Cooperation partnerships bring together at least three organisations from three different
countries taking part in the Programme. They address shared priorities, for example adapting VET
to the green and digital transitions, developing new curricula, strengthening work-based learning,
or improving the inclusion of learners with fewer opportunities. They are funded as lump sums,
so the application must describe clearly the activities and results the partners commit to.

Typical results in VET include:

- a shared training module or set of teaching materials in several languages;
- a method for assessing work-based learning, tested in each partner school;
- guidelines for companies hosting foreign learners;
- a short course for teachers, with a pilot run.

## Small-scale partnerships

Small-scale partnerships are designed for **newcomers and smaller organisations**. They need at
least two organisations from two different countries, the application is simpler, and the
expected scale is smaller. They are a good way to try international cooperation on a concrete
topic before taking on a larger cooperation partnership.

## KA1 or KA2?

Ask what you want to change:

- if the main aim is that **people learn** through a period abroad, KA1 is the right tool;
- if the main aim is that **organisations produce something together** that they could not
  produce alone, look at KA2.

A KA2 project can include short learning, teaching or training activities, but mobility serves
the project's results rather than being its goal.

## Working as a partner or as a coordinator

The **coordinator** submits the application to its own National Agency, signs the grant agreement
and is responsible for the project towards the Agency. **Partners** contribute to the work and
share the lump sum according to the agreed tasks. Many schools start as a partner in someone
else's project, which is an excellent way to learn how KA2 works.

## Worked example

A hospitality school in Italy, a tourism college in Portugal and a VET provider in Finland notice
that none of them teaches sustainable practices in kitchens systematically. In a small-scale
partnership they collect good practices from local restaurants, write a short teaching module on
reducing food waste, and test it with one class in each school. Later they extend the module to
more sectors in a cooperation partnership with two more partners.

## Checklist for a partnership idea

- The problem is shared by all partners and linked to an Erasmus+ priority.
- Each partner has a clear role and the capacity to deliver it.
- Results are concrete, useful beyond the partnership, and can be shared openly.
- You have a plan for how results will be used after the funding ends.
`;

const COVES_ETWINNING_EPALE = `
Beyond KA1 and KA2 partnerships, three other parts of the European landscape are worth knowing:
Centres of Vocational Excellence, eTwinning and EPALE.

## Centres of Vocational Excellence (CoVEs)

Centres of Vocational Excellence are **international networks of local or regional skills
ecosystems**. In each participating region, VET providers work with employers, research
institutions, development agencies and public authorities to improve the quality and relevance
of vocational skills, and the regions share their work across borders.

Key points for a school:

- CoVE projects are large and ambitious; they are generally suited to organisations with
  solid experience of European cooperation.
- Applications are managed centrally at European level by the European Education and Culture
  Executive Agency, not by National Agencies.
- A school does not need to lead a CoVE to benefit: it can take part through its regional
  ecosystem, for example as a partner or associated partner, or by using the centres' results.

## eTwinning

eTwinning is the online community for staff of schools in Europe, and it is open to initial VET
schools. It is part of the European School Education Platform. Teachers can:

- find partner classes and run **online collaborative projects** with them;
- follow online professional development activities;
- use projects to **prepare learners for mobility**, for example by meeting their future
  hosts online or working on a shared task before travelling.

eTwinning is also a low-risk way to get to know a potential partner before committing to a
mobility or a KA2 project.

## EPALE

EPALE, the Electronic Platform for Adult Learning in Europe, is the community for people working
in adult learning. For VET schools that also offer **continuing training for adults**, EPALE
offers news, resources, blog posts, discussions and a partner search.

## Worked example: a step-by-step path

A school new to international work could build its experience over several years:

1. An eTwinning project between two classes of electricians in Italy and Spain.
2. A KA1 short-term project: job shadowing for three teachers and a first group of learners.
3. An Erasmus accreditation in VET, once procedures and partners are stable.
4. A role as partner in a KA2 small-scale partnership, then in a cooperation partnership.
5. Participation in the regional ecosystem of a Centre of Vocational Excellence.

Nothing obliges a school to follow this order, but each step builds the skills and trust the next
one needs.

## Checklist

- At least one teacher is registered on eTwinning and knows how to search for partners.
- Continuing-training staff know EPALE.
- You know whether your region or sector already takes part in a CoVE.
`;

const BUILDING_A_PARTNER_NETWORK = `
Good partners are the foundation of quality mobility. A few reliable partners who understand your
learners and your curricula are worth more than a long list of contacts you rarely hear from.

## Start from your needs

Before looking for partners, decide what you need them for:

- **Host companies** for work-based learning in specific trades.
- **Partner VET schools** for job shadowing, teaching assignments, school-based placements and
  joint projects.
- **Intermediary organisations** that find placements, arrange accommodation and support
  learners locally.
- **Other organisations**, such as chambers of commerce, sector associations or local
  authorities, that can connect you with companies.

## Where to find partners

- Your existing contacts: colleagues, former partners, twin towns and regional networks.
- eTwinning and EPALE partner searches.
- Contact seminars and other networking events organised by National Agencies.
- The Erasmus+ Project Results Platform, to see who has worked on similar topics.
- Sector associations and VET networks at national and European level.
- Recommendations from partners you already trust.

## Assessing a potential partner

Ask and check:

- Can they offer tasks that match your learners' curriculum and level?
- Who will be the **named mentor or tutor**, and how much time will they have?
- How do they handle induction, health and safety, and emergencies?
- What experience do they have with learners of your age group and with learners who need
  extra support?
- Will they take part in assessing learning outcomes?
- Are they responsive and clear in their communication?

If you work with an intermediary organisation, remember that your school remains responsible
for the quality of the mobility: ask to know the host companies and keep direct contact with them.

## Keep records

Record each partner in a simple **partner profile**: contact people, sectors, number of
learners or staff they can host, periods available, languages, accessibility, past mobilities
and feedback. Update it after every mobility.

## Worked example: a partner profile

- **Partner**: a VET school in Tampere, Finland.
- **Sectors**: hospitality and mechanics.
- **Capacity**: up to four learners per period, and two staff members for job shadowing per
  year.
- **Mentor**: the head of the restaurant department; speaks English.
- **Strengths**: well-organised induction; learners work in the school restaurant that is open
  to the public.
- **Points to watch**: limited availability in summer.
- **Feedback**: learners rated the mentoring highly in the last two mobilities.

## Checklist

- Each partner covers a need in your strategy.
- A named contact and mentor exist on both sides.
- You have visited the partner, in person or online, before sending learners.
- Partner profiles are kept where colleagues can find them.
`;

const AGREEMENTS_AND_MOUS = `
Clear agreements protect learners, staff and organisations. They also make expectations explicit,
which is where many problems in mobility begin.

## Layers of agreement

Different documents cover different levels:

1. **Memorandum of understanding (MoU)** between organisations: the long-term framework for
   cooperation.
2. **Project or cooperation agreement** for a specific funded project, covering tasks, budget
   and responsibilities between partners.
3. **Learning agreement** for each participant, describing what they will learn and how it
   will be assessed and recognised.
4. The **grant agreement** between your school and the National Agency, which sets the
   contractual rules for using Erasmus+ funds.

## What to put in an MoU

A memorandum of understanding is usually not a detailed contract; it records what the partners
commit to and how they will work together. Typical contents:

- the partners, their legal representatives and contact people;
- the purpose of cooperation and the sectors or qualifications it covers;
- the roles of sending and host organisations;
- quality commitments: induction, a named mentor, working conditions, health and safety,
  support for participants with special needs;
- how learning outcomes will be described, assessed and recognised;
- data protection, in line with the GDPR;
- communication and how problems or incidents will be handled;
- duration, review and how either partner can end the cooperation;
- signatures and date.

Keep the language plain and agree on one working language. If the partners use different
languages, say which version is the reference.

## Quality over time

Signing the MoU is the beginning, not the end. Build in quality loops:

- collect feedback from participants, mentors and teachers after each mobility;
- hold a short review meeting with each partner at least once a year;
- record incidents and how they were solved;
- update the MoU and partner profile when something changes.

The Erasmus quality standards are a useful reference when you discuss quality with partners.

## Worked example

After a learner had to change placement because the host company had no suitable tasks, a school
and its Portuguese partner added two clauses to their MoU: the partner sends a short description
of tasks for each learner at least a month before arrival, and the two coordinators hold an online
meeting with the learner during the first week.

## Checklist before signing

- The head of school has read and approved the MoU.
- Both partners can deliver what they commit to.
- Responsibilities for safety and emergencies are clear.
- Recognition of learning outcomes is addressed.
- A review date is set.
`;

const PLANNING_JOB_SHADOWING = `
Job shadowing is a short period during which a staff member observes and takes part in the daily
work of a colleague at a partner organisation abroad. It is one of the most effective forms of
professional development for VET teachers, trainers and other staff, provided it is carefully
planned.

## Before the mobility

- **Start from a need**: link the mobility to the school's strategy and to the participant's
  development plan.
- **Select fairly**: publish the opportunity, use transparent criteria and record the decision.
- **Choose the host and the mentor**: the host names a mentor who will plan the programme and
  meet the participant regularly.
- **Agree learning objectives**: three to five concrete objectives, written in a **learning
  agreement** (sometimes called a mobility agreement for staff) signed by the participant, the
  sending school and the host.
- **Plan the programme**: a day-by-day outline with observation, practice, discussion and time
  for reflection.
- **Practical arrangements**: travel (consider greener options), accommodation, insurance, the
  European Health Insurance Card where applicable, and grant payment according to the rules of
  your project.
- **Inclusion**: ask about accessibility and support needs early. Erasmus+ offers additional
  support for participants with fewer opportunities.
- **Preparation**: basic language and cultural preparation, and information about the host's
  education system.

## During the mobility

- **Induction** on the first day: people, premises, safety rules and emergency procedures.
- **Logbook**: the participant notes each day what they observed, what they tried, and what they
  could apply at home.
- **Regular check-ins** with the mentor, and a short contact with the home school in the first
  days.
- **Safety**: the participant keeps emergency numbers, the mentor's phone number and the home
  school's contact at hand, and knows what to do if something goes wrong.
- **Flexibility**: the programme can change if an objective turns out to be unrealistic;
  record the change in the logbook.

## After the mobility

- **Debrief** with the International Office and the head of department.
- **Report**: complete the participant report requested by the Erasmus+ programme and keep
  the documents your grant agreement requires.
- **Share**: present the experience to colleagues and learners.
- **Apply**: choose one or two practices to try in your teaching and follow them up.
- **Recognise**: record the activity in the staff development plan and, if useful, issue a
  Europass Mobility document.

## Worked example: a logbook entry

*Day 3, partner school restaurant. Observed: learners plan the weekly menu with costing
spreadsheets and present it to the chef-teacher. Tried: supported two learners in calculating
portion costs. Idea for home: introduce a weekly costing task in the second-year kitchen module.
Question for mentor: how is the task assessed?*

## Checklist

- Learning agreement signed by all three parties.
- Mentor and programme confirmed in writing.
- Travel, insurance and emergency contacts in place.
- Logbook template ready.
- Debrief date booked before departure.
`;

const RECOGNISING_LEARNING_OUTCOMES = `
Learning abroad should count. When outcomes are planned, assessed and recognised, learners see
the value of their mobility, teachers take it seriously, and the school can show what mobility
achieves.

## The ECVET legacy

The European Credit system for Vocational Education and Training (ECVET) was introduced by a
2009 Recommendation to make learning abroad easier to recognise. The 2020 Council Recommendation
on VET replaced the ECVET Recommendation, and ECVET credit points are no longer used, but its
practical tools are still the basis of good practice in Erasmus+:

- describing qualifications in **units of learning outcomes**;
- a **memorandum of understanding** between partners;
- a **learning agreement** for each participant;
- a **record of achievement** after assessment abroad.

## Units of learning outcomes

A learning outcome states what a learner **knows, can do and can take responsibility for** at
the end of a learning period, in line with the European Qualifications Framework. A unit groups
outcomes that can be assessed together.

Example unit for a hotel reception placement, *"Check-in and check-out of guests"*. The learner
can:

1. welcome guests and check their reservation using the hotel's booking system;
2. explain the services of the hotel in the host language or in English;
3. process payments and issue invoices according to company procedures;
4. handle a simple complaint politely and refer complex ones to the supervisor.

For each outcome, agree assessment criteria and who assesses: usually the host mentor, using a
form agreed in advance.

## From assessment abroad to recognition at home

1. **Before**: the trade teacher chooses units from the home curriculum that can be achieved
   abroad, and writes them into the learning agreement.
2. **During**: the host mentor assesses the outcomes with the agreed criteria and records the
   results.
3. **After**: the home school **validates** the results, for example through the class council
   or the body that approves assessments, and records them: as part of a module, a grade, or an
   exemption from a task the learner has already mastered.

## Europass Mobility

Europass Mobility is a document that records the knowledge, skills and competences acquired
during a period abroad. It is completed by the sending and host organisations and can be created
through the Europass portal. It is useful for learners and staff alike, for example when applying
for a job.

## Staff

For staff, recognition means recording the mobility in the staff development plan, sharing what
was learned, and, where national rules allow, counting it as continuing professional development.

## Checklist

- Units are selected from the home curriculum before departure.
- Assessment criteria and the assessor are agreed with the host.
- The validation procedure at home is known to teachers and learners.
- Europass Mobility documents are issued where useful.
- Results are recorded in the learner's or staff member's file.
`;

const CASE_STUDY = `
*This case study is fictional but based on common experience. It follows "Demo VET School" in
Bologna through the first year of its International Office.*

## Starting point

Demo VET School offers hospitality, mechanics and business programmes to about 900 learners.
For years, two teachers organised occasional trips abroad with their own contacts. When one of
them retired, the school realised that its partners, documents and know-how had left with her.

## What the school did

**Months 1 to 3: mandate and strategy.** The head of school appointed Marco, a business teacher,
as International Coordinator with a reduced teaching load. With a small working group he wrote a
three-page internationalisation strategy with three objectives: work-based learning abroad for
hospitality learners, job shadowing for mechanics teachers on electric vehicles, and better
language skills for all sectors.

**Months 4 to 6: first project.** The school registered on the Erasmus+ platform, applied for a
KA1 short-term project and started an eTwinning project between a hospitality class and a
partner class in Finland.

**Months 7 to 9: partners and procedures.** Marco visited two potential partners online and one
in person, signed memoranda of understanding, and wrote simple procedures for selection,
learning agreements and emergencies.

**Months 10 to 12: first mobilities.** Two mechanics teachers completed job shadowing in Finland,
and four hospitality learners spent a placement in a hotel in Portugal. Their learning outcomes
were assessed by the host and validated by the class council.

## What went well

- A clear mandate from the head of school gave Marco authority with colleagues.
- The eTwinning project made learners curious and helped the Finnish partner get to know them.
- Written procedures made the second round of selection much faster.

## What was difficult

- The finance office was involved too late, and payments to participants were delayed.
- One host company had not understood the learners' level; a pre-arrival task description is
  now required.
- Teachers outside the working group knew little about the project until the results were
  presented.

## Questions for reflection

1. Which of these difficulties could also happen in your school, and how would you prevent it?
2. Who in your school plays the role of Marco, and do they have a clear mandate?
3. What would your three objectives be for a first year?
`;

const REFLECTION_AND_SELF_CHECK = `
Use this page to review the course and plan your next steps. There are no right or wrong
answers: write short notes for yourself, or discuss them with a colleague.

## Self-check

Rate yourself from 1 (not yet) to 4 (confident) on each statement.

1. I can explain what an International Office does in a VET school and who is involved.
2. I can outline the structure of an internationalisation strategy and write a measurable
   objective.
3. I can explain the difference between an Erasmus accreditation and a short-term project in
   KA1.
4. I can explain when KA2 cooperation or small-scale partnerships are the right tool.
5. I know the role of Centres of Vocational Excellence, eTwinning and EPALE.
6. I can assess a potential partner and list what a memorandum of understanding should contain.
7. I can plan a job shadowing period before, during and after the mobility.
8. I can describe how learning outcomes achieved abroad are assessed and recognised at home.

For any statement you rated 1 or 2, go back to the related lesson.

## Reflection questions

- What is the single most important need that international cooperation could address in your
  school?
- Which existing partner or contact could you build on first?
- Who must be convinced, or involved, before anything else can happen?

## Your next three steps

Write three concrete actions for the next three months, each with a person and a date, for
example:

1. *Present the idea of an International Office to the leadership team: coordinator, next
   month.*
2. *Register the school on the Erasmus+ platform and obtain its Organisation ID: administrative
   office, within two months.*
3. *Start an eTwinning project with a partner class: hospitality teacher, by the end of the
   term.*

## Further reading

- The **Erasmus+ Programme Guide** for the current year, on erasmus-plus.ec.europa.eu,
  especially the sections on VET mobility and on partnerships.
- The **Erasmus quality standards**, included in the Programme Guide and in the accreditation
  call documents.
- The **Council Recommendation of 24 November 2020 on vocational education and training** and
  the **Osnabrück Declaration** on VET, for the European policy context.
- The information pages and events of your **National Agency**.
- The **Europass**, **eTwinning** and **EPALE** platforms.
`;

const SETTING_UP_AN_INTERNATIONAL_OFFICE: DemoCourse = {
  organisation: DEMO_SCHOOL,
  createdByEmail: DEMO_TRAINER,
  slug: 'setting-up-an-international-office',
  title: 'Setting up an International Office in a VET school',
  summary:
    'A practical introduction for VET staff who are starting or strengthening their school’s ' +
    'International Office: roles and strategy, the Erasmus+ opportunities open to VET schools, ' +
    'building a partner network, planning staff job shadowing, and recognising what learners and ' +
    'staff learn abroad.',
  language: 'en',
  eqfLevel: 5,
  workloadHours: 8,
  learningOutcomes: [
    'Describe the tasks of an International Office in a VET school, the people involved and how it relates to the school’s internationalisation strategy.',
    'Distinguish the Erasmus+ actions open to VET schools (KA1 accreditation and short-term projects, KA2 cooperation and small-scale partnerships, Centres of Vocational Excellence) and choose the one that fits a given need.',
    'Find and assess partner organisations and formalise cooperation in a memorandum of understanding with clear quality commitments.',
    'Plan a staff job shadowing period before, during and after the mobility, including a learning agreement, a host mentor, a logbook, safety and inclusion measures.',
    'Explain how learning outcomes achieved abroad are described in units, assessed by the host and validated and recognised by the home school, including the use of Europass Mobility.',
    'Draft first concrete steps for developing the International Office of their own school.',
  ],
  topics: ['international office', 'erasmus+', 'mobility', 'partnerships', 'recognition'],
  visibility: 'public',
  modules: [
    {
      title: 'The International Office in a VET school',
      lessons: [
        page('What an International Office does', WHAT_AN_INTERNATIONAL_OFFICE_DOES),
        page('People and roles', PEOPLE_AND_ROLES),
        page('Writing an internationalisation strategy', INTERNATIONALISATION_STRATEGY),
      ],
    },
    {
      title: 'Erasmus+ opportunities for VET schools',
      lessons: [
        page('KA1 learning mobility: accreditation or short-term projects', KA1_LEARNING_MOBILITY),
        page('KA2 cooperation partnerships and small-scale partnerships', KA2_PARTNERSHIPS),
        page('Centres of Vocational Excellence, eTwinning and EPALE', COVES_ETWINNING_EPALE),
      ],
    },
    {
      title: 'Partners and staff mobility',
      lessons: [
        page('Building a partner network', BUILDING_A_PARTNER_NETWORK),
        page('Agreements, memoranda of understanding and quality', AGREEMENTS_AND_MOUS),
        page('Planning staff job shadowing: before, during and after', PLANNING_JOB_SHADOWING),
      ],
    },
    {
      title: 'Recognition and next steps',
      lessons: [
        page('Recognising learning outcomes', RECOGNISING_LEARNING_OUTCOMES),
        page('Case study: the first year of an International Office', CASE_STUDY, false),
        page('Reflection, self-check and further reading', REFLECTION_AND_SELF_CHECK),
      ],
    },
  ],
};

// ---------------------------------------------------------------------------------------------
// La mobilità del personale in breve (Italiano)
// ---------------------------------------------------------------------------------------------

const IT_COS_E_LA_MOBILITA = `
La mobilità del personale permette a docenti, formatori e altro personale di una scuola o di un
ente di istruzione e formazione professionale (IeFP) di trascorrere un periodo all'estero per
imparare da colleghi di altri Paesi. In Erasmus+ rientra nell'**Azione chiave 1 (KA1)**, dedicata
alla mobilità individuale per l'apprendimento.

## Le principali attività

- **Job shadowing**: il partecipante osserva e affianca un collega in una scuola o in
  un'azienda partner, per conoscerne metodi, strumenti e organizzazione del lavoro.
- **Incarichi di insegnamento o formazione**: il partecipante tiene lezioni o attività
  formative presso un'organizzazione partner.
- **Corsi e attività di formazione strutturati** all'estero.

Durate ammissibili, partecipanti e contributi sono definiti ogni anno nella Guida al programma
Erasmus+, pubblicata su erasmus-plus.ec.europa.eu: conviene sempre consultare la versione in
vigore.

## Chi se ne occupa

In Italia, per il settore dell'istruzione e formazione professionale, le candidature si
presentano all'**Agenzia nazionale Erasmus+ INAPP**. All'interno della scuola, di solito è
l'Ufficio internazionale (o il referente per l'internazionalizzazione) a coordinare la mobilità,
con il sostegno della dirigenza e della segreteria amministrativa.

## Due percorsi possibili

- **Accreditamento Erasmus** nel settore IeFP: la scuola presenta un Piano Erasmus con i propri
  obiettivi e, una volta accreditata, richiede ogni anno i fondi per le mobilità.
- **Progetti a breve termine**: una candidatura singola, con un numero limitato di partecipanti
  e attività, adatta a chi inizia.

## Esempio

Una docente di cucina di un istituto alberghiero vuole capire come le scuole finlandesi
organizzano il ristorante didattico aperto al pubblico. Un job shadowing di alcuni giorni presso
una scuola partner le permette di osservare il servizio, parlare con i colleghi e riportare idee
concrete nella propria scuola.

## Per riflettere

1. Quale bisogno formativo del tuo lavoro potrebbe trovare risposta in una mobilità?
2. Chi coordina le attività internazionali nella tua scuola?
`;

const IT_PREPARARE_IL_JOB_SHADOWING = `
Un job shadowing riesce bene quando è preparato con cura. La preparazione inizia settimane
prima della partenza e coinvolge tre soggetti: il partecipante, la scuola di invio e
l'organizzazione ospitante.

## Obiettivi chiari

Parti da un bisogno reale, collegato al piano di sviluppo della scuola e al tuo percorso
professionale. Scrivi da tre a cinque obiettivi concreti, per esempio:

- osservare come i colleghi valutano il lavoro degli studenti in laboratorio;
- conoscere un nuovo strumento digitale usato nelle lezioni;
- raccogliere materiali da adattare per un modulo del secondo anno.

## L'accordo di apprendimento

Gli obiettivi, il programma e le modalità di riconoscimento si mettono per iscritto in un
**accordo di apprendimento** (o accordo di mobilità), firmato dal partecipante, dalla scuola di
invio e dall'organizzazione ospitante. L'accordo indica anche il **tutor** dell'organizzazione
ospitante, che seguirà il partecipante durante il periodo all'estero.

## Aspetti pratici

- viaggio, possibilmente con mezzi a minore impatto ambientale;
- alloggio e trasporti locali;
- assicurazione e, se applicabile, Tessera europea di assicurazione malattia;
- numeri di emergenza e contatti della scuola;
- contributo Erasmus+ secondo le regole del progetto;
- eventuali esigenze di accessibilità o di supporto, da segnalare per tempo.

## Preparazione linguistica e culturale

Informati sul sistema di istruzione e formazione del Paese ospitante e ripassa la lingua di
lavoro concordata, spesso l'inglese. Qualche parola nella lingua locale aiuta sempre a creare un
buon clima.

## Lista di controllo prima della partenza

- Accordo di apprendimento firmato da tutte le parti.
- Tutor e programma confermati per iscritto.
- Viaggio, alloggio e assicurazione a posto.
- Contatti di emergenza salvati sul telefono e su carta.
- Modello di diario di bordo pronto.
- Data del colloquio di rientro già fissata.
`;

const IT_DURANTE_LA_MOBILITA = `
Durante il job shadowing l'obiettivo è imparare il più possibile, in sicurezza, e raccogliere
materiale utile per il rientro.

## Il primo giorno

Il tutor ospitante presenta le persone, gli spazi e le regole della struttura, comprese le
norme di sicurezza e le procedure di emergenza. È il momento giusto per rivedere insieme il
programma e verificare che gli obiettivi dell'accordo siano realistici.

## Il diario di bordo

Ogni giorno annota brevemente:

- che cosa hai **osservato**;
- che cosa hai **provato** a fare;
- quale idea potresti **applicare** nella tua scuola;
- quali **domande** vuoi porre al tutor.

Esempio di annotazione: *"Giorno 2, laboratorio di meccanica. Osservato: gli studenti compilano
una scheda di controllo prima di ogni intervento sui veicoli elettrici. Idea: introdurre una
scheda simile nel nostro laboratorio. Domanda per il tutor: chi verifica le schede?"*

## Contatti e sicurezza

- Fissa brevi incontri regolari con il tutor per fare il punto.
- Invia un messaggio alla scuola nei primi giorni per confermare che tutto procede bene.
- Tieni sempre a portata di mano i numeri di emergenza, il numero del tutor e quello della
  scuola.
- In caso di problemi, avvisa subito il tutor e l'Ufficio internazionale.

## Se qualcosa cambia

Può succedere che un'attività prevista non sia possibile. Concorda un'alternativa con il tutor
e annota il cambiamento nel diario: servirà per la relazione finale e per migliorare le
prossime mobilità.
`;

const IT_AL_RIENTRO = `
La mobilità non finisce con il viaggio di ritorno. Il valore dell'esperienza dipende da ciò che
succede dopo, nella tua scuola.

## Colloquio di rientro

Incontra l'Ufficio internazionale e il responsabile del tuo dipartimento. Rileggete insieme
l'accordo di apprendimento e il diario di bordo: quali obiettivi hai raggiunto, che cosa è
andato diversamente dal previsto, che cosa consiglieresti a un collega in partenza.

## Relazione e documenti

Compila il rapporto del partecipante richiesto dal programma Erasmus+ e consegna i documenti
previsti dal progetto, per esempio l'attestato di frequenza rilasciato dall'organizzazione
ospitante.

## Condividere

- Presenta l'esperienza in un collegio o in una riunione di dipartimento.
- Racconta la mobilità agli studenti: è anche un modo per incoraggiarli a partire.
- Metti a disposizione i materiali raccolti in uno spazio condiviso della scuola.

## Applicare e riconoscere

Scegli una o due pratiche da sperimentare nelle tue lezioni e verifica dopo qualche mese che
cosa è cambiato. Chiedi che la mobilità sia registrata nel tuo percorso di formazione e, se
utile, che venga rilasciato un documento **Europass Mobilità**, che descrive le competenze
acquisite durante il periodo all'estero.

## Autoverifica

Rispondi a queste domande:

1. So spiegare quali attività di mobilità del personale sostiene Erasmus+?
2. So scrivere obiettivi di apprendimento concreti per un job shadowing?
3. So quali documenti servono prima, durante e dopo la mobilità?
4. So come condividere e far riconoscere quanto ho imparato?

Se una risposta è "non ancora", torna alla lezione corrispondente.
`;

const MOBILITA_DEL_PERSONALE_IN_BREVE: DemoCourse = {
  organisation: DEMO_SCHOOL,
  createdByEmail: DEMO_TRAINER,
  slug: 'mobilita-del-personale-in-breve',
  title: 'La mobilità del personale in breve',
  summary:
    'Un corso breve per docenti e formatori dell’istruzione e formazione professionale che ' +
    'partono per un job shadowing con Erasmus+: come prepararlo, come viverlo in sicurezza e come ' +
    'valorizzarlo al rientro.',
  language: 'it',
  eqfLevel: 4,
  workloadHours: 2,
  learningOutcomes: [
    'Descrivere le principali attività di mobilità del personale sostenute da Erasmus+ nell’istruzione e formazione professionale.',
    'Preparare un job shadowing con obiettivi di apprendimento chiari e un accordo condiviso con l’organizzazione ospitante.',
    'Documentare l’esperienza con un diario di bordo, rispettando le regole di sicurezza concordate.',
    'Condividere i risultati al rientro e chiederne il riconoscimento, anche con Europass Mobilità.',
  ],
  topics: ['erasmus+', 'mobility', 'job shadowing', 'mobilità del personale'],
  visibility: 'public',
  modules: [
    {
      title: 'Prima della partenza',
      lessons: [
        page('Che cos’è la mobilità del personale', IT_COS_E_LA_MOBILITA),
        page('Preparare un job shadowing', IT_PREPARARE_IL_JOB_SHADOWING),
      ],
    },
    {
      title: 'Durante e dopo la mobilità',
      lessons: [
        page('Durante la mobilità: diario di bordo e sicurezza', IT_DURANTE_LA_MOBILITA),
        page('Al rientro: condividere e riconoscere', IT_AL_RIENTRO),
      ],
    },
  ],
};

/** The demo courses, seeded as published courses of Demo VET School. */
export const DEMO_COURSES: DemoCourse[] = [
  SETTING_UP_AN_INTERNATIONAL_OFFICE,
  MOBILITA_DEL_PERSONALE_IN_BREVE,
];

export interface PositionedModule {
  position: number;
  title: string;
  lessons: (DemoLesson & { position: number })[];
}

/** Modules numbered 1.. within the course and lessons 1.. within their module, as stored. */
export function positionedModules(course: DemoCourse): PositionedModule[] {
  return course.modules.map((courseModule, m) => ({
    position: m + 1,
    title: courseModule.title,
    lessons: courseModule.lessons.map((lesson, l) => ({ ...lesson, position: l + 1 })),
  }));
}
