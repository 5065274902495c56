import type { FrameworkTexts } from './structure';

/** Español. */
export const ES: FrameworkTexts = {
  title: 'Internacionalización de los centros de formación profesional',
  description:
    'Una autoevaluación de hasta qué punto un centro de formación profesional ha integrado la internacionalización en su estrategia, su organización, su enseñanza y su comunidad, como punto de partida común para planificar los próximos pasos.',
  areas: {
    'strategy-leadership': {
      title: 'Estrategia y liderazgo',
      description:
        'Cómo la internacionalización está anclada en la misión, los planes y las decisiones del equipo directivo del centro.',
    },
    'international-office': {
      title: 'Oficina de Relaciones Internacionales y recursos',
      description:
        'Cómo el centro organiza el trabajo de su Oficina de Relaciones Internacionales y la dota de personal y medios.',
    },
    'staff-competences': {
      title: 'Competencias del personal',
      description:
        'Cómo el centro desarrolla las competencias que su personal necesita para trabajar en un contexto internacional.',
    },
    partnerships: {
      title: 'Alianzas',
      description: 'Cómo el centro crea y mantiene alianzas fiables con centros y empresas de otros países.',
    },
    'mobility-management': {
      title: 'Gestión de la movilidad',
      description:
        'Cómo el centro prepara, acompaña y hace el seguimiento de la movilidad del alumnado y del personal.',
    },
    'curriculum-integration': {
      title: 'Integración en el currículo',
      description:
        'Cómo el aprendizaje internacional e intercultural forma parte de la enseñanza para todo el alumnado.',
    },
    recognition: {
      title: 'Reconocimiento de los resultados de aprendizaje',
      description:
        'Cómo el aprendizaje adquirido en el extranjero se describe, se evalúa y se reconoce en la titulación del alumno.',
    },
    inclusion: {
      title: 'Inclusión y diversidad',
      description:
        'Cómo el centro abre las oportunidades internacionales a todo el alumnado, también a quienes tienen menos oportunidades.',
    },
    'communication-dissemination': {
      title: 'Comunicación y difusión',
      description:
        'Cómo el centro da a conocer sus actividades internacionales y sus resultados dentro y fuera del centro.',
    },
  },
  statements: {
    'strategy-leadership-1':
      'Nuestro centro tiene una estrategia de internacionalización escrita y aprobada por el equipo directivo.',
    'strategy-leadership-2':
      'Nuestros objetivos de internacionalización forman parte del plan general de desarrollo del centro.',
    'strategy-leadership-3':
      'Nuestro equipo directivo revisa el progreso de la internacionalización al menos una vez al año y ajusta el plan.',
    'strategy-leadership-4':
      'Destinamos un presupuesto propio y tiempo de trabajo a las actividades internacionales.',
    'strategy-leadership-5':
      'Consultamos al personal, al alumnado y a las empresas colaboradoras cuando fijamos nuestros objetivos internacionales.',
    'international-office-1':
      'Nuestro centro tiene una persona o un equipo designado como responsable de las actividades internacionales.',
    'international-office-2':
      'Nuestra Oficina de Relaciones Internacionales dispone de tiempo de trabajo suficiente para cumplir sus tareas.',
    'international-office-3':
      'Las tareas de nuestra Oficina de Relaciones Internacionales están por escrito y todo el personal las conoce.',
    'international-office-4':
      'Tenemos procedimientos escritos y plantillas para las tareas internacionales recurrentes.',
    'international-office-5':
      'Documentamos el conocimiento de la Oficina de Relaciones Internacionales para que el trabajo continúe cuando alguien se marcha.',
    'staff-competences-1':
      'Nuestro personal tiene oportunidades de formarse en idiomas y en competencias interculturales.',
    'staff-competences-2':
      'Nuestros docentes y formadores participan en estancias de observación (job shadowing) o en misiones docentes en el extranjero.',
    'staff-competences-3':
      'Identificamos y planificamos la formación que necesita el personal para el trabajo internacional.',
    'staff-competences-4':
      'El personal que vuelve de una estancia en el extranjero comparte con sus compañeros lo que ha aprendido.',
    'staff-competences-5':
      'Nuestro personal administrativo está formado para gestionar los aspectos prácticos de la movilidad.',
    'partnerships-1': 'Tenemos una red estable de centros y empresas socios en el extranjero.',
    'partnerships-2':
      'Nuestras alianzas se basan en acuerdos escritos que fijan las responsabilidades de cada socio.',
    'partnerships-3': 'Evaluamos la calidad de nuestras alianzas junto con nuestros socios.',
    'partnerships-4':
      'Las empresas y los empleadores de la zona participan en nuestros proyectos internacionales.',
    'partnerships-5': 'Acogemos a alumnos y personal de nuestras organizaciones socias del extranjero.',
    'mobility-management-1':
      'Seleccionamos a los participantes mediante un procedimiento justo y transparente, publicado con antelación.',
    'mobility-management-2':
      'Nuestros participantes reciben preparación lingüística, cultural y práctica antes de partir.',
    'mobility-management-3':
      'Mantenemos el contacto con los participantes durante su estancia en el extranjero y tenemos un plan para emergencias.',
    'mobility-management-4':
      'Recogemos la opinión de cada participante después de la movilidad y actuamos en consecuencia.',
    'mobility-management-5':
      'Cerramos el acuerdo de aprendizaje con la organización de acogida antes de que el participante parta.',
    'curriculum-integration-1':
      'Nuestros ciclos formativos incluyen un periodo de aprendizaje en el extranjero como opción planificada.',
    'curriculum-integration-2':
      'Nuestros docentes incorporan temas internacionales e interculturales en sus clases.',
    'curriculum-integration-3':
      'El alumnado que no viaja también vive experiencias internacionales en el centro, por ejemplo mediante intercambios virtuales.',
    'curriculum-integration-4': 'Usamos lenguas extranjeras en la enseñanza de los módulos profesionales.',
    'curriculum-integration-5':
      'Nuestros horarios y calendarios de evaluación dejan espacio para las estancias en el extranjero.',
    'recognition-1':
      'Nuestros acuerdos de aprendizaje describen los resultados esperados como unidades de la titulación.',
    'recognition-2':
      'Los resultados de aprendizaje logrados en el extranjero se evalúan con criterios acordados con la organización de acogida.',
    'recognition-3':
      'Reconocemos el aprendizaje adquirido en el extranjero como parte de la titulación del alumno.',
    'recognition-4':
      'Nuestros participantes reciben documentos, como el Europass Movilidad, que recogen lo que han aprendido.',
    'recognition-5':
      'Nuestros docentes saben evaluar y reconocer los resultados de aprendizaje de una movilidad.',
    'inclusion-1': 'Animamos activamente al alumnado con menos oportunidades a participar en la movilidad.',
    'inclusion-2':
      'Ofrecemos apoyo adicional, como acompañantes o estancias más cortas, a los participantes que lo necesitan.',
    'inclusion-3':
      'Nuestros criterios de selección no excluyen a ningún alumno por motivos económicos, sociales o de salud.',
    'inclusion-4':
      'Hacemos un seguimiento de quién participa en las actividades internacionales y actuamos cuando faltan grupos.',
    'inclusion-5':
      'Aprovechamos las actividades internacionales para fomentar el respeto a la diversidad en todo el centro.',
    'communication-dissemination-1':
      'Informamos al alumnado y a sus familias sobre las oportunidades internacionales con tiempo y con claridad.',
    'communication-dissemination-2':
      'Compartimos los resultados de nuestros proyectos internacionales con el personal de todo el centro.',
    'communication-dissemination-3':
      'Presentamos nuestras actividades internacionales en nuestra web y en las redes sociales.',
    'communication-dissemination-4':
      'Compartimos nuestros resultados con empresas, administraciones locales y otros centros.',
    'communication-dissemination-5':
      'Tenemos un plan de comunicación para cada uno de nuestros proyectos internacionales.',
  },
};
