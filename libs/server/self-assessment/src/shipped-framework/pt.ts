import type { FrameworkTexts } from './structure';

/** Português (europeu). */
export const PT: FrameworkTexts = {
  title: 'Internacionalização das escolas de ensino e formação profissional',
  description:
    'Uma autoavaliação de até que ponto uma escola profissional integrou a internacionalização na sua estratégia, organização, ensino e comunidade, como ponto de partida comum para planear os próximos passos.',
  areas: {
    'strategy-leadership': {
      title: 'Estratégia e liderança',
      description:
        'Como a internacionalização está ancorada na missão, nos planos e nas decisões da direção da escola.',
    },
    'international-office': {
      title: 'Gabinete de Relações Internacionais e recursos',
      description:
        'Como a escola organiza o trabalho do seu Gabinete de Relações Internacionais e lhe atribui pessoas e meios.',
    },
    'staff-competences': {
      title: 'Competências do pessoal',
      description:
        'Como a escola desenvolve as competências de que o seu pessoal precisa para trabalhar a nível internacional.',
    },
    partnerships: {
      title: 'Parcerias',
      description: 'Como a escola constrói e mantém parcerias fiáveis com escolas e empresas no estrangeiro.',
    },
    'mobility-management': {
      title: 'Gestão da mobilidade',
      description: 'Como a escola prepara, apoia e acompanha a mobilidade de alunos e pessoal.',
    },
    'curriculum-integration': {
      title: 'Integração no currículo',
      description:
        'Como a aprendizagem internacional e intercultural faz parte do ensino para todos os alunos.',
    },
    recognition: {
      title: 'Reconhecimento dos resultados de aprendizagem',
      description:
        'Como a aprendizagem realizada no estrangeiro é descrita, avaliada e contabilizada na qualificação do aluno.',
    },
    inclusion: {
      title: 'Inclusão e diversidade',
      description:
        'Como a escola abre as oportunidades internacionais a todos os alunos, incluindo os que têm menos oportunidades.',
    },
    'communication-dissemination': {
      title: 'Comunicação e divulgação',
      description:
        'Como a escola dá a conhecer as suas atividades internacionais e os seus resultados, dentro e fora da escola.',
    },
  },
  statements: {
    'strategy-leadership-1':
      'A nossa escola tem uma estratégia de internacionalização escrita e aprovada pela direção.',
    'strategy-leadership-2':
      'Os nossos objetivos de internacionalização fazem parte do plano global de desenvolvimento da escola.',
    'strategy-leadership-3':
      'A nossa direção analisa os progressos da internacionalização pelo menos uma vez por ano e ajusta o plano.',
    'strategy-leadership-4':
      'Reservamos orçamento próprio e tempo de trabalho para as atividades internacionais.',
    'strategy-leadership-5':
      'Consultamos o pessoal, os alunos e as empresas parceiras quando definimos os nossos objetivos internacionais.',
    'international-office-1':
      'A nossa escola tem uma pessoa ou equipa designada como responsável pelas atividades internacionais.',
    'international-office-2':
      'O nosso Gabinete de Relações Internacionais dispõe de tempo de trabalho suficiente para cumprir as suas tarefas.',
    'international-office-3':
      'As tarefas do nosso Gabinete de Relações Internacionais estão escritas e são conhecidas por todo o pessoal.',
    'international-office-4':
      'Temos procedimentos escritos e modelos para as tarefas internacionais recorrentes.',
    'international-office-5':
      'Documentamos o conhecimento do Gabinete de Relações Internacionais para que o trabalho continue quando alguém sai.',
    'staff-competences-1':
      'O nosso pessoal tem oportunidades de formação em línguas e competências interculturais.',
    'staff-competences-2':
      'Os nossos professores e formadores participam em job shadowing ou em missões de ensino no estrangeiro.',
    'staff-competences-3':
      'Identificamos e planeamos a formação de que o pessoal precisa para o trabalho internacional.',
    'staff-competences-4':
      'O pessoal que regressa de um período no estrangeiro partilha com os colegas o que aprendeu.',
    'staff-competences-5':
      'O nosso pessoal administrativo tem formação para tratar dos aspetos práticos da mobilidade.',
    'partnerships-1': 'Temos uma rede estável de escolas e empresas parceiras no estrangeiro.',
    'partnerships-2':
      'As nossas parcerias assentam em acordos escritos que definem as responsabilidades de cada parceiro.',
    'partnerships-3': 'Avaliamos a qualidade das nossas parcerias em conjunto com os parceiros.',
    'partnerships-4': 'As empresas e os empregadores locais participam nos nossos projetos internacionais.',
    'partnerships-5': 'Acolhemos alunos e pessoal das nossas organizações parceiras no estrangeiro.',
    'mobility-management-1':
      'Selecionamos os participantes através de um procedimento justo e transparente, publicado com antecedência.',
    'mobility-management-2':
      'Os nossos participantes recebem preparação linguística, cultural e prática antes da partida.',
    'mobility-management-3':
      'Mantemos contacto com os participantes durante a estadia no estrangeiro e temos um plano para emergências.',
    'mobility-management-4':
      'Recolhemos a opinião de cada participante após a mobilidade e agimos em função dela.',
    'mobility-management-5':
      'Acordamos o contrato de aprendizagem com a organização de acolhimento antes da partida do participante.',
    'curriculum-integration-1':
      'Os nossos percursos de formação incluem um período de aprendizagem no estrangeiro como opção planeada.',
    'curriculum-integration-2':
      'Os nossos professores trazem temas internacionais e interculturais para as suas aulas.',
    'curriculum-integration-3':
      'Os alunos que não viajam também têm experiências internacionais na escola, por exemplo através de intercâmbios virtuais.',
    'curriculum-integration-4': 'Usamos línguas estrangeiras no ensino das disciplinas técnicas.',
    'curriculum-integration-5':
      'Os nossos horários e planos de avaliação deixam espaço para períodos no estrangeiro.',
    'recognition-1':
      'Os nossos contratos de aprendizagem descrevem os resultados esperados como unidades da qualificação.',
    'recognition-2':
      'Os resultados de aprendizagem alcançados no estrangeiro são avaliados com critérios acordados com a organização de acolhimento.',
    'recognition-3':
      'Reconhecemos a aprendizagem realizada no estrangeiro como parte da qualificação do aluno.',
    'recognition-4':
      'Os nossos participantes recebem documentos, como o Europass Mobilidade, que registam o que aprenderam.',
    'recognition-5':
      'Os nossos professores sabem avaliar e reconhecer os resultados de aprendizagem de uma mobilidade.',
    'inclusion-1': 'Incentivamos ativamente os alunos com menos oportunidades a participar na mobilidade.',
    'inclusion-2':
      'Oferecemos apoio adicional, como acompanhantes ou estadias mais curtas, aos participantes que dele precisam.',
    'inclusion-3':
      'Os nossos critérios de seleção não excluem alunos por razões financeiras, sociais ou de saúde.',
    'inclusion-4': 'Acompanhamos quem participa nas atividades internacionais e agimos quando faltam grupos.',
    'inclusion-5':
      'Usamos as atividades internacionais para promover o respeito pela diversidade em toda a escola.',
    'communication-dissemination-1':
      'Informamos os alunos e as suas famílias sobre as oportunidades internacionais com antecedência e clareza.',
    'communication-dissemination-2':
      'Partilhamos os resultados dos nossos projetos internacionais com o pessoal de toda a escola.',
    'communication-dissemination-3':
      'Apresentamos as nossas atividades internacionais no nosso sítio web e nas redes sociais.',
    'communication-dissemination-4':
      'Partilhamos os nossos resultados com empresas, autarquias e outras escolas.',
    'communication-dissemination-5':
      'Temos um plano de comunicação para cada um dos nossos projetos internacionais.',
  },
};
