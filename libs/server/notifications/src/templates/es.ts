import type { TemplateSet } from './index';
import { roleName, type RoleNames } from './roles';

const ROLE: RoleNames = { learner: 'estudiante', trainer: 'docente', manager: 'responsable' };

export const es: TemplateSet = {
  'verify-email': ({ name, link, expiresInHours }) => ({
    subject: 'Confirme su dirección de correo electrónico en Campus',
    paragraphs: [
      `Hola, ${name}:`,
      'Le damos la bienvenida a Campus. Confirme su dirección de correo electrónico para terminar de crear su cuenta:',
      link,
      `El enlace solo puede usarse una vez y caduca en ${expiresInHours} horas. Si no se ha registrado, ignore este mensaje.`,
    ],
  }),
  'password-reset': ({ name, link, expiresInMinutes }) => ({
    subject: 'Restablezca su contraseña de Campus',
    paragraphs: [
      `Hola, ${name}:`,
      'Se ha solicitado restablecer la contraseña de su cuenta de Campus. Para elegir una nueva contraseña, abra:',
      link,
      `El enlace solo puede usarse una vez y caduca en ${expiresInMinutes} minutos. Si no ha sido usted, ignore este mensaje: su contraseña no cambiará.`,
    ],
  }),
  invitation: ({ organisationName, inviterName, role, link, expiresInDays }) => ({
    subject: `Invitación para unirse a ${organisationName} en Campus`,
    paragraphs: [
      'Hola:',
      `${inviterName} le invita a unirse a ${organisationName} en Campus como ${roleName(ROLE, role)}.`,
      'Para aceptar, abra este enlace y establezca su contraseña:',
      link,
      `La invitación caduca en ${expiresInDays} días.`,
    ],
  }),
  'password-changed': ({ name }) => ({
    subject: 'Se ha cambiado su contraseña de Campus',
    paragraphs: [
      `Hola, ${name}:`,
      'Se acaba de cambiar la contraseña de su cuenta de Campus y se ha cerrado la sesión en sus otros dispositivos.',
      'Si no ha sido usted, restablezca su contraseña de inmediato e informe a su organización.',
    ],
  }),
  'account-exists': ({ name, signInLink, resetLink }) => ({
    subject: 'Ya tiene una cuenta de Campus',
    paragraphs: [
      `Hola, ${name}:`,
      'Alguien ha intentado registrar una nueva cuenta de Campus con esta dirección de correo electrónico, pero usted ya tiene una. Inicie sesión aquí:',
      signInLink,
      '¿Ha olvidado su contraseña? Elija una nueva aquí:',
      resetLink,
      'Si no ha sido usted, ignore este mensaje: no ha cambiado nada.',
    ],
  }),
  'password-reset-no-account': ({ registerLink }) => ({
    subject: 'Solicitud de restablecimiento de contraseña en Campus',
    paragraphs: [
      'Hola:',
      'alguien ha pedido restablecer la contraseña de una cuenta de Campus con esta dirección de correo electrónico, pero ninguna cuenta de Campus la utiliza. Si ha sido usted, quizá se registró con otra dirección, o puede crear una cuenta aquí:',
      registerLink,
      'Si no ha sido usted, ignore este mensaje.',
    ],
  }),
  'course-enrolled': ({ name, courseTitle, organisationName, link }) => ({
    subject: `Inscripción en el curso «${courseTitle}»`,
    paragraphs: [
      `Hola, ${name}:`,
      `${organisationName} ha realizado su inscripción en el curso «${courseTitle}» en Campus. Puede empezar cuando quiera:`,
      link,
      'Puede seguir su progreso en Campus en cualquier momento.',
    ],
  }),
  'attempt-graded': ({ name, quizTitle, courseTitle, link }) => ({
    subject: `Sus respuestas en «${quizTitle}» han sido calificadas`,
    paragraphs: [
      `Hola ${name}:`,
      `Un formador ha calificado sus respuestas del cuestionario «${quizTitle}» del curso «${courseTitle}». Vea su resultado y los comentarios del formador aquí:`,
      link,
    ],
  }),
  'certificate-issued': ({ name, courseTitle, link, verifyLink }) => ({
    subject: `Su certificado de «${courseTitle}»`,
    paragraphs: [
      `Hola ${name}:`,
      `Enhorabuena: ha completado «${courseTitle}» y su certificado está listo. Descargue el PDF y la credencial firmada aquí:`,
      link,
      `Cualquier persona puede comprobarlo en esta dirección:`,
      verifyLink,
    ],
  }),
  'certificate-export-ready': ({ name, count, link, days }) => ({
    subject: `Tu ZIP de ${count} ${count === 1 ? 'certificado' : 'certificados'} está listo`,
    paragraphs: [
      `Hola ${name}:`,
      `El ZIP de ${count} ${count === 1 ? 'certificado' : 'certificados'} que pediste en Campus está listo. Descárgalo desde la página de certificados de tu organización (hay que iniciar sesión):`,
      link,
      `Estará disponible durante ${days} días.`,
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
    subject: `Job shadowing de ${participantName} en ${hostName}: su página de tutor`,
    paragraphs: [
      `Hola, ${mentorName}:`,
      `${sendingOrganisation} le ha designado tutor de acogida de ${participantName}, en ${hostName} del ${startDate} al ${endDate}. No necesita una cuenta: este enlace abre su página de tutor, donde puede confirmar el acuerdo de aprendizaje, leer y confirmar el diario y, al final, evaluar los resultados de aprendizaje:`,
      link,
      `El enlace es personal y es válido hasta el ${expiresOn}. Por favor, no lo reenvíe.`,
    ],
  }),
  'mentor-digest': ({ mentorName, participantName, pendingCount, link }) => ({
    subject: `Diario de ${participantName}: ${pendingCount} ${pendingCount === 1 ? 'entrada espera' : 'entradas esperan'} su revisión`,
    paragraphs: [
      `Hola, ${mentorName}:`,
      `${participantName} ha escrito ${pendingCount} ${pendingCount === 1 ? 'entrada' : 'entradas'} en el diario que ${pendingCount === 1 ? 'espera' : 'esperan'} su confirmación o comentario. Abra su página de tutor aquí:`,
      link,
      'El enlace es personal. Por favor, no lo reenvíe.',
    ],
  }),
  'logbook-reminder': ({ name, date, link }) => ({
    subject: `A su diario le falta el día ${date}`,
    paragraphs: [
      `Hola, ${name}:`,
      `El diario de su movilidad todavía no tiene ninguna entrada para el ${date}. Bastan unas líneas mientras recuerda el día: qué hizo, cuántas horas y qué aprendió.`,
      link,
    ],
  }),
  'agreement-pending': ({ name, participantName, startDate, link }) => ({
    subject: `Acuerdo de aprendizaje de ${participantName} aún sin acordar`,
    paragraphs: [
      `Hola, ${name}:`,
      `${participantName} sale el ${startDate}, pero el acuerdo de aprendizaje aún no ha sido confirmado por el participante, el centro de envío y el tutor de acogida. Compruebe quién debe confirmarlo todavía:`,
      link,
    ],
  }),
  'mobility-credential-issued': ({ name, hostName, link, verifyLink }) => ({
    subject: `Su credencial de movilidad en ${hostName}`,
    paragraphs: [
      `Hola, ${name}:`,
      `Su movilidad en ${hostName} ha sido validada y su credencial está lista. Puede descargarla aquí:`,
      link,
      'Cualquier persona puede comprobar su autenticidad en esta dirección:',
      verifyLink,
    ],
  }),
  'assessment-invitation': ({ organisationName, roundTitle, link, closesOn }) => ({
    subject: `${organisationName} pide tu opinión: ${roundTitle}`,
    paragraphs: [
      'Hola:',
      `${organisationName} (${roundTitle}) está evaluando su trabajo internacional y te pide tu opinión. Responder lleva unos quince minutos. Las respuestas son anónimas: el centro solo ve totales de grupos lo bastante grandes para no identificar a nadie.`,
      link,
      closesOn
        ? `Por favor, responde antes del ${closesOn}.`
        : 'Por favor, responde mientras la ronda esté abierta.',
      'El enlace es personal y funciona una vez. No lo reenvíes.',
    ],
  }),
  'roadmap-action-due': ({ name, actionTitle, objectiveTitle, roadmapTitle, dueOn, link }) => ({
    subject: `Vence el ${dueOn}: ${actionTitle}`,
    paragraphs: [
      `Hola, ${name}:`,
      `La acción "${actionTitle}" del objetivo "${objectiveTitle}" en ${roadmapTitle} es tuya y vence el ${dueOn}. Actualiza aquí su estado o sus notas:`,
      link,
    ],
  }),
};
