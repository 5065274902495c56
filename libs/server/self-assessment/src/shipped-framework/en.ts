import type { FrameworkTexts } from './structure';

/** English, the source language. Written for vocational schools; first-person-plural facts scored 1-5. */
export const EN: FrameworkTexts = {
  title: 'Internationalisation of VET schools',
  description:
    'A self-assessment of how far a vocational school has built internationalisation into its strategy, organisation, teaching and community, as a shared starting point for planning the next steps.',
  areas: {
    'strategy-leadership': {
      title: 'Strategy and leadership',
      description:
        "How internationalisation is anchored in the school's mission, plans and leadership decisions.",
    },
    'international-office': {
      title: 'International Office and resources',
      description: 'How the school organises, staffs and equips the work of its International Office.',
    },
    'staff-competences': {
      title: 'Staff competences',
      description: 'How the school develops the skills its staff need to work internationally.',
    },
    partnerships: {
      title: 'Partnerships',
      description: 'How the school builds and keeps reliable partnerships with schools and companies abroad.',
    },
    'mobility-management': {
      title: 'Mobility management',
      description: 'How the school prepares, supports and follows up the mobility of learners and staff.',
    },
    'curriculum-integration': {
      title: 'Curriculum integration',
      description:
        'How international and intercultural learning becomes part of the teaching for all learners.',
    },
    recognition: {
      title: 'Recognition of learning outcomes',
      description:
        "How learning achieved abroad is described, assessed and counted towards the learner's qualification.",
    },
    inclusion: {
      title: 'Inclusion and diversity',
      description:
        'How the school opens international opportunities to all learners, including those with fewer opportunities.',
    },
    'communication-dissemination': {
      title: 'Communication and dissemination',
      description:
        'How the school shares its international activities and their results inside and outside the school.',
    },
  },
  statements: {
    'strategy-leadership-1':
      'Our school has a written internationalisation strategy approved by its leadership.',
    'strategy-leadership-2':
      "Our internationalisation goals are part of the school's overall development plan.",
    'strategy-leadership-3':
      'Our leadership reviews progress on internationalisation at least once a year and adjusts the plan.',
    'strategy-leadership-4': 'We set aside our own budget and working time for international activities.',
    'strategy-leadership-5':
      'We consult staff, learners and partner companies when we set our international goals.',
    'international-office-1':
      'Our school has a named person or team responsible for international activities.',
    'international-office-2': 'Our International Office has enough working time to carry out its tasks.',
    'international-office-3':
      'The tasks of our International Office are written down and known to all staff.',
    'international-office-4': 'We have written procedures and templates for recurring international tasks.',
    'international-office-5':
      "We keep the International Office's knowledge documented so that the work continues when someone leaves.",
    'staff-competences-1': 'Our staff have opportunities to train their language and intercultural skills.',
    'staff-competences-2':
      'Our teachers and trainers take part in job shadowing or teaching assignments abroad.',
    'staff-competences-3': 'We identify the training our staff need for international work and plan it.',
    'staff-competences-4':
      'Our staff who return from a period abroad share what they learned with their colleagues.',
    'staff-competences-5': 'Our administrative staff are trained to handle the practical side of mobility.',
    'partnerships-1': 'We have a stable network of partner schools and companies abroad.',
    'partnerships-2':
      "Our partnerships rest on written agreements that set out each partner's responsibilities.",
    'partnerships-3': 'We evaluate the quality of our partnerships together with our partners.',
    'partnerships-4': 'Local companies and employers take part in our international projects.',
    'partnerships-5': 'We host learners and staff from our partner organisations abroad.',
    'mobility-management-1':
      'We select participants through a fair and transparent procedure that is published in advance.',
    'mobility-management-2':
      'Our participants receive language, cultural and practical preparation before they leave.',
    'mobility-management-3':
      'We stay in contact with participants while they are abroad and have a plan for emergencies.',
    'mobility-management-4': 'We collect feedback from every participant after the mobility and act on it.',
    'mobility-management-5':
      'We agree the learning agreement with the host organisation before the participant leaves.',
    'curriculum-integration-1':
      'Our study programmes include a period of learning abroad as a planned option.',
    'curriculum-integration-2':
      'Our teachers bring international and intercultural themes into their lessons.',
    'curriculum-integration-3':
      'Our learners who do not travel also gain international experience at school, for example through virtual exchanges.',
    'curriculum-integration-4': 'We use foreign languages in the teaching of vocational subjects.',
    'curriculum-integration-5': 'Our timetables and assessment plans leave room for periods abroad.',
    'recognition-1':
      'Our learning agreements describe the expected learning outcomes as units of the qualification.',
    'recognition-2':
      'We assess learning outcomes achieved abroad with criteria agreed with the host organisation.',
    'recognition-3': "We recognise learning achieved abroad as part of the learner's qualification.",
    'recognition-4':
      'Our participants receive documents, such as Europass Mobility, that record what they learned.',
    'recognition-5': 'Our teachers know how to assess and recognise the learning outcomes of a mobility.',
    'inclusion-1': 'We actively encourage learners with fewer opportunities to take part in mobility.',
    'inclusion-2':
      'We offer extra support, such as accompanying persons or shorter stays, to participants who need it.',
    'inclusion-3': 'Our selection criteria do not exclude learners for financial, social or health reasons.',
    'inclusion-4': 'We monitor who takes part in international activities and act when groups are missing.',
    'inclusion-5': 'We use international activities to build respect for diversity across the school.',
    'communication-dissemination-1':
      'We inform learners and their families about international opportunities early and clearly.',
    'communication-dissemination-2':
      'We share the results of our international projects with staff across the school.',
    'communication-dissemination-3':
      'We present our international activities on our website and social media.',
    'communication-dissemination-4':
      'We share our results with companies, local authorities and other schools.',
    'communication-dissemination-5': 'We have a communication plan for each of our international projects.',
  },
};
