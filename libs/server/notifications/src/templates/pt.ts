import type { TemplateSet } from './index';
import { roleName, type RoleNames } from './roles';

const ROLE: RoleNames = { learner: 'formando', trainer: 'formador', manager: 'gestor' };

export const pt: TemplateSet = {
  'verify-email': ({ name, link, expiresInHours }) => ({
    subject: 'Confirme o seu endereço de e-mail no Campus',
    paragraphs: [
      `Olá ${name},`,
      'Boas-vindas ao Campus. Confirme o seu endereço de e-mail para concluir a criação da sua conta:',
      link,
      `O link só pode ser utilizado uma vez e expira dentro de ${expiresInHours} horas. Se não se registou, ignore esta mensagem.`,
    ],
  }),
  'password-reset': ({ name, link, expiresInMinutes }) => ({
    subject: 'Redefinir a sua palavra-passe do Campus',
    paragraphs: [
      `Olá ${name},`,
      'Foi pedida a redefinição da palavra-passe da sua conta Campus. Para escolher uma nova palavra-passe, abra:',
      link,
      `O link só pode ser utilizado uma vez e expira dentro de ${expiresInMinutes} minutos. Se não fez este pedido, ignore esta mensagem: a sua palavra-passe mantém-se.`,
    ],
  }),
  invitation: ({ organisationName, inviterName, role, link, expiresInDays }) => ({
    subject: `Convite para se juntar a ${organisationName} no Campus`,
    paragraphs: [
      'Olá,',
      `${inviterName} enviou-lhe um convite para se juntar a ${organisationName} no Campus como ${roleName(ROLE, role)}.`,
      'Para aceitar, abra este link e defina a sua palavra-passe:',
      link,
      `O convite expira dentro de ${expiresInDays} dias.`,
    ],
  }),
  'password-changed': ({ name }) => ({
    subject: 'A sua palavra-passe do Campus foi alterada',
    paragraphs: [
      `Olá ${name},`,
      'A palavra-passe da sua conta Campus acabou de ser alterada e a sessão foi terminada nos seus outros dispositivos.',
      'Se não fez esta alteração, redefina já a sua palavra-passe e informe a sua organização.',
    ],
  }),
  'account-exists': ({ name, signInLink, resetLink }) => ({
    subject: 'Já tem uma conta Campus',
    paragraphs: [
      `Olá ${name},`,
      'Alguém tentou registar uma nova conta Campus com este endereço de e-mail, mas já tem uma. Inicie sessão aqui:',
      signInLink,
      'Esqueceu-se da palavra-passe? Escolha uma nova aqui:',
      resetLink,
      'Se não fez este pedido, ignore esta mensagem: nada foi alterado.',
    ],
  }),
  'password-reset-no-account': ({ registerLink }) => ({
    subject: 'Pedido de redefinição da palavra-passe no Campus',
    paragraphs: [
      'Olá,',
      'alguém pediu para redefinir a palavra-passe de uma conta Campus com este endereço de e-mail, mas nenhuma conta Campus o utiliza. Se foi você, talvez se tenha registado com outro endereço, ou pode criar uma conta aqui:',
      registerLink,
      'Se não foi você, ignore esta mensagem.',
    ],
  }),
  'course-enrolled': ({ name, courseTitle, organisationName, link }) => ({
    subject: `Inscrição no curso «${courseTitle}»`,
    paragraphs: [
      `Olá ${name},`,
      `A organização ${organisationName} fez a sua inscrição no curso «${courseTitle}» no Campus. Pode começar quando quiser:`,
      link,
      'Pode acompanhar o seu progresso no Campus a qualquer momento.',
    ],
  }),
  'attempt-graded': ({ name, quizTitle, courseTitle, link }) => ({
    subject: `As suas respostas em "${quizTitle}" foram avaliadas`,
    paragraphs: [
      `Olá ${name},`,
      `Um formador avaliou as suas respostas ao questionário "${quizTitle}" do curso "${courseTitle}". Veja o resultado e os comentários do formador aqui:`,
      link,
    ],
  }),
  'certificate-issued': ({ name, courseTitle, link, verifyLink }) => ({
    subject: `O seu certificado de "${courseTitle}"`,
    paragraphs: [
      `Olá ${name},`,
      `Parabéns: concluiu "${courseTitle}" e o seu certificado está pronto. Descarregue o PDF e a credencial assinada aqui:`,
      link,
      `Qualquer pessoa o pode verificar neste endereço:`,
      verifyLink,
    ],
  }),
  'certificate-export-ready': ({ name, count, link, days }) => ({
    subject: `O seu ZIP de ${count} ${count === 1 ? 'certificado' : 'certificados'} está pronto`,
    paragraphs: [
      `Olá ${name},`,
      `O ZIP de ${count} ${count === 1 ? 'certificado' : 'certificados'} que pediu no Campus está pronto. Descarregue-o na página de certificados da sua organização (é necessário iniciar sessão):`,
      link,
      `Fica disponível durante ${days} dias.`,
    ],
  }),
  'mentor-link': ({
    mentorName,
    participantName,
    sendingOrganisation,
    hostName,
    startDate,
    endDate,
    link,
    expiresOn,
  }) => ({
    subject: `Job shadowing de ${participantName} em ${hostName}: a sua página de tutor`,
    paragraphs: [
      `Olá ${mentorName},`,
      `A organização ${sendingOrganisation} indicou-o(a) como tutor de acolhimento de ${participantName}, em ${hostName} de ${startDate} a ${endDate}. Não precisa de conta: esta ligação abre a sua página de tutor, onde confirma o acordo de aprendizagem, lê e confirma o diário e, no fim, avalia os resultados de aprendizagem:`,
      link,
      `A ligação é pessoal e é válida até ${expiresOn}. Por favor, não a reencaminhe.`,
    ],
  }),
  'mentor-digest': ({ mentorName, participantName, pendingCount, link }) => ({
    subject: `Diário de ${participantName}: ${pendingCount} ${pendingCount === 1 ? 'registo aguarda' : 'registos aguardam'} por si`,
    paragraphs: [
      `Olá ${mentorName},`,
      `${participantName} escreveu ${pendingCount} ${pendingCount === 1 ? 'registo' : 'registos'} no diário que ${pendingCount === 1 ? 'aguarda' : 'aguardam'} a sua confirmação ou comentário. Abra a sua página de tutor aqui:`,
      link,
      'A ligação é pessoal. Por favor, não a reencaminhe.',
    ],
  }),
  'logbook-reminder': ({ name, date, link }) => ({
    subject: `O seu diário não tem registo para ${date}`,
    paragraphs: [
      `Olá ${name},`,
      `O diário da sua mobilidade ainda não tem registo para ${date}. Bastam algumas linhas enquanto se lembra do dia: o que fez, quantas horas e o que aprendeu.`,
      link,
    ],
  }),
  'agreement-pending': ({ name, participantName, startDate, link }) => ({
    subject: `Acordo de aprendizagem de ${participantName} ainda não acordado`,
    paragraphs: [
      `Olá ${name},`,
      `${participantName} parte a ${startDate}, mas o acordo de aprendizagem ainda não foi confirmado pelo participante, pela escola de envio e pelo tutor de acolhimento. Veja quem ainda tem de o confirmar:`,
      link,
    ],
  }),
  'mobility-credential-issued': ({ name, hostName, link, verifyLink }) => ({
    subject: `A sua credencial de mobilidade em ${hostName}`,
    paragraphs: [
      `Olá ${name},`,
      `A sua mobilidade em ${hostName} foi validada e a sua credencial está pronta. Pode descarregá-la aqui:`,
      link,
      'Qualquer pessoa pode confirmar a sua autenticidade neste endereço:',
      verifyLink,
    ],
  }),
  'assessment-invitation': ({ organisationName, roundTitle, link, closesOn }) => ({
    subject: `${organisationName} pede a sua opinião: ${roundTitle}`,
    paragraphs: [
      'Olá,',
      `${organisationName} (${roundTitle}) está a avaliar o seu trabalho internacional e pede a sua opinião. Responder demora cerca de quinze minutos. As respostas são anónimas: a escola só vê totais de grupos grandes o suficiente para não identificar ninguém.`,
      link,
      closesOn
        ? `Responda, por favor, até ${closesOn}.`
        : 'Responda, por favor, enquanto a ronda estiver aberta.',
      'A ligação é pessoal e funciona uma vez. Não a reencaminhe.',
    ],
  }),
  'roadmap-action-due': ({ name, actionTitle, objectiveTitle, roadmapTitle, dueOn, link }) => ({
    subject: `Prazo ${dueOn}: ${actionTitle}`,
    paragraphs: [
      `Olá ${name},`,
      `A ação "${actionTitle}" do objetivo "${objectiveTitle}" em ${roadmapTitle} está a seu cargo e termina a ${dueOn}. Atualize aqui o estado ou as notas:`,
      link,
    ],
  }),
};
