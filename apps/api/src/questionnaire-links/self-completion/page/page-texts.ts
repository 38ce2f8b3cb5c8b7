import type { Language } from '@outcome/instruments';

/** Every word the participant's pages show, besides the instrument's own items and answers. */
export interface PageTexts {
  readonly languageName: string;
  readonly languageSwitch: string;
  readonly title: string;
  readonly intro: string;
  readonly checkAnswers: string;
  readonly reviewTitle: string;
  readonly reviewIntro: string;
  readonly notAnswered: string;
  readonly send: string;
  readonly change: string;
  readonly answerAtLeastOne: string;
  readonly chooseAgain: string;
  readonly thanksTitle: string;
  readonly thanksText: string;
  readonly goneTitle: string;
  readonly goneText: string;
  readonly answeredTitle: string;
  readonly answeredText: string;
  readonly notFoundTitle: string;
  readonly notFoundText: string;
  readonly refusedTitle: string;
  readonly refusedText: string;
  readonly tooManyTitle: string;
  readonly tooManyText: string;
}

export const PAGE_TEXTS: Readonly<Record<Language, PageTexts>> = {
  nl: {
    languageName: 'Nederlands',
    languageSwitch: 'Taal',
    title: 'Vragenlijst',
    intro: 'Kies bij elke vraag het antwoord dat het best bij u past. U mag een vraag overslaan.',
    checkAnswers: 'Mijn antwoorden nakijken',
    reviewTitle: 'Kijk uw antwoorden na',
    reviewIntro: 'Deze antwoorden worden verstuurd. Klopt alles?',
    notAnswered: 'Niet beantwoord',
    send: 'Verstuur mijn antwoorden',
    change: 'Antwoorden wijzigen',
    answerAtLeastOne: 'Beantwoord minstens één vraag.',
    chooseAgain: 'Dit antwoord kon niet gelezen worden: kies het opnieuw.',
    thanksTitle: 'Dank u wel',
    thanksText: 'Uw antwoorden zijn goed ontvangen. U mag deze pagina sluiten.',
    goneTitle: 'Deze link werkt niet meer',
    goneText:
      'De vragenlijst is al ingevuld, of de link is verlopen of ingetrokken. Vraag wie u de link gaf om een nieuwe als dat nodig is.',
    answeredTitle: 'Deze vragenlijst is al ingevuld',
    answeredText: 'U hoeft niets meer te doen.',
    notFoundTitle: 'Deze link bestaat niet',
    notFoundText: 'Kijk na of u de hele link hebt overgenomen.',
    refusedTitle: 'Uw antwoorden konden niet bewaard worden',
    refusedText: 'Neem contact op met wie u de link gaf.',
    tooManyTitle: 'Even geduld',
    tooManyText: 'Er kwamen te veel verzoeken tegelijk binnen. Probeer het over een minuut opnieuw.',
  },
  fr: {
    languageName: 'Français',
    languageSwitch: 'Langue',
    title: 'Questionnaire',
    intro: 'Pour chaque question, choisissez la réponse qui vous correspond le mieux. Vous pouvez passer une question.',
    checkAnswers: 'Vérifier mes réponses',
    reviewTitle: 'Vérifiez vos réponses',
    reviewIntro: 'Voici les réponses qui seront envoyées. Tout est-il correct ?',
    notAnswered: 'Sans réponse',
    send: 'Envoyer mes réponses',
    change: 'Modifier mes réponses',
    answerAtLeastOne: 'Répondez à au moins une question.',
    chooseAgain: "Cette réponse n'a pas pu être lue : choisissez-la à nouveau.",
    thanksTitle: 'Merci',
    thanksText: 'Vos réponses ont bien été reçues. Vous pouvez fermer cette page.',
    goneTitle: "Ce lien n'est plus valable",
    goneText:
      "Le questionnaire a déjà été rempli, ou le lien a expiré ou a été retiré. Si besoin, demandez un nouveau lien à la personne qui vous l'a donné.",
    answeredTitle: 'Ce questionnaire a déjà été rempli',
    answeredText: "Vous n'avez plus rien à faire.",
    notFoundTitle: "Ce lien n'existe pas",
    notFoundText: 'Vérifiez que vous avez recopié le lien en entier.',
    refusedTitle: "Vos réponses n'ont pas pu être enregistrées",
    refusedText: 'Contactez la personne qui vous a donné le lien.',
    tooManyTitle: 'Un instant, svp',
    tooManyText: 'Trop de demandes sont arrivées en même temps. Réessayez dans une minute.',
  },
  en: {
    languageName: 'English',
    languageSwitch: 'Language',
    title: 'Questionnaire',
    intro: 'For each question, choose the answer that fits you best. You may leave a question out.',
    checkAnswers: 'Check my answers',
    reviewTitle: 'Check your answers',
    reviewIntro: 'These are the answers that will be sent. Is everything right?',
    notAnswered: 'Not answered',
    send: 'Send my answers',
    change: 'Change my answers',
    answerAtLeastOne: 'Answer at least one question.',
    chooseAgain: 'This answer could not be read: choose it again.',
    thanksTitle: 'Thank you',
    thanksText: 'Your answers have been received. You may close this page.',
    goneTitle: 'This link no longer works',
    goneText:
      'The questionnaire was already answered, or the link expired or was withdrawn. Ask the person who gave you the link for a new one if needed.',
    answeredTitle: 'This questionnaire has already been answered',
    answeredText: 'There is nothing more for you to do.',
    notFoundTitle: 'This link does not exist',
    notFoundText: 'Check that you copied the whole link.',
    refusedTitle: 'Your answers could not be saved',
    refusedText: 'Please contact the person who gave you the link.',
    tooManyTitle: 'Please wait a moment',
    tooManyText: 'Too many requests arrived at once. Try again in a minute.',
  },
};
