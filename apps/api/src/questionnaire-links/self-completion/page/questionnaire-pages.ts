import { type Instrument, type Language, LANGUAGES } from '@outcome/instruments';
import { escapeHtml } from './html';
import { PAGE_TEXTS, type PageTexts } from './page-texts';

/** Where the pages' stylesheet is served: the same server, under the link's own prefix. */
export const QUESTIONNAIRE_STYLESHEET_PATH = '/q/assets/questionnaire.css';

/** The answers as the form carries them: each item's answer code as text, null where none was chosen. */
export type FormAnswers = readonly (string | null)[];

export interface QuestionnaireView {
  readonly instrument: Instrument;
  readonly language: Language;
  /** The link's own path, `/q/<secret>`: the form posts back to it. */
  readonly path: string;
  readonly answers: FormAnswers;
}

/** What was wrong with a form's answers: a message per item index, and one for the form as a whole. */
export interface FormProblems {
  readonly byItem: ReadonlyMap<number, string>;
  readonly overall: string | null;
}

export const itemField = (index: number): string => `item-${index}`;

/** Every item in order, one radio group each (a fieldset named by its legend, the item's text). */
export function questionnairePage(view: QuestionnaireView, problems?: FormProblems): string {
  const texts = PAGE_TEXTS[view.language];
  const alert = problems
    ? `<p class="alert" role="alert">${escapeHtml(problems.overall ?? texts.chooseAgain)}</p>`
    : '';
  const items = view.instrument.items
    .map((item, index) => {
      const problem = problems?.byItem.get(index);
      const problemId = `${itemField(index)}-problem`;
      const options = view.instrument.answers
        .map((option, optionIndex) => {
          const id = `${itemField(index)}-${optionIndex}`;
          const value = String(option.code);
          const checked = view.answers[index] === value ? ' checked' : '';
          const describedBy = problem ? ` aria-describedby="${problemId}"` : '';
          // The whole row is the label: a touch anywhere on it chooses the answer.
          return `<label class="answer" for="${id}"><input type="radio" id="${id}" name="${itemField(index)}" value="${escapeHtml(value)}"${checked}${describedBy}><span>${escapeHtml(option.label[view.language])}</span></label>`;
        })
        .join('');
      const message = problem ? `<p class="problem" id="${problemId}">${escapeHtml(problem)}</p>` : '';
      return `<fieldset><legend>${escapeHtml(item.text[view.language])}</legend>${message}${options}</fieldset>`;
    })
    .join('\n');
  const main = `<h1>${escapeHtml(texts.title)}</h1>
<p>${escapeHtml(texts.intro)}</p>
${alert}
<form method="post" action="${escapeHtml(view.path)}">
<input type="hidden" name="lang" value="${view.language}">
${items}
<div class="actions"><button class="primary" type="submit" name="step" value="review">${escapeHtml(texts.checkAnswers)}</button></div>
</form>`;
  return pageOf(view.language, texts.title, main, view.path);
}

/** The confirmation step: the chosen answers in words, sent only by a second press. */
export function reviewPage(view: QuestionnaireView): string {
  const texts = PAGE_TEXTS[view.language];
  const rows = view.instrument.items
    .map((item, index) => {
      const chosen = view.instrument.answers.find((option) => String(option.code) === view.answers[index]);
      const answer = chosen ? chosen.label[view.language] : texts.notAnswered;
      return `<dt>${escapeHtml(item.text[view.language])}</dt><dd>${escapeHtml(answer)}</dd>`;
    })
    .join('\n');
  const hidden = view.answers
    .map((answer, index) =>
      answer === null ? '' : `<input type="hidden" name="${itemField(index)}" value="${escapeHtml(answer)}">`,
    )
    .join('');
  const main = `<h1>${escapeHtml(texts.reviewTitle)}</h1>
<p>${escapeHtml(texts.reviewIntro)}</p>
<dl>
${rows}
</dl>
<form method="post" action="${escapeHtml(view.path)}">
<input type="hidden" name="lang" value="${view.language}">${hidden}
<div class="actions">
<button class="primary" type="submit" name="step" value="send">${escapeHtml(texts.send)}</button>
<button class="secondary" type="submit" name="step" value="change">${escapeHtml(texts.change)}</button>
</div>
</form>`;
  return pageOf(view.language, texts.reviewTitle, main);
}

/** After the answers are recorded: thanks, and nothing else (no score). */
export function thanksPage(language: Language): string {
  const texts = PAGE_TEXTS[language];
  return pageOf(
    language,
    texts.thanksTitle,
    `<h1>${escapeHtml(texts.thanksTitle)}</h1>\n<p>${escapeHtml(texts.thanksText)}</p>`,
  );
}

export type NoticeKind = 'gone' | 'answered' | 'not-found' | 'refused' | 'too-many';

const NOTICE_TEXTS: Readonly<Record<NoticeKind, (texts: PageTexts) => readonly [string, string]>> = {
  gone: (texts) => [texts.goneTitle, texts.goneText],
  answered: (texts) => [texts.answeredTitle, texts.answeredText],
  'not-found': (texts) => [texts.notFoundTitle, texts.notFoundText],
  refused: (texts) => [texts.refusedTitle, texts.refusedText],
  'too-many': (texts) => [texts.tooManyTitle, texts.tooManyText],
};

/**
 * Why the questionnaire cannot be answered, in the same words whatever the reason behind them
 * (used, expired, revoked, consent withdrawn, left the project): the page tells nothing about the
 * participant. In the language asked for, or in all three when none is known.
 */
export function noticePage(kind: NoticeKind, language: Language | null): string {
  const shown = language ? [language] : LANGUAGES;
  const [title] = NOTICE_TEXTS[kind](PAGE_TEXTS[shown[0]!]);
  const sections = shown.map((lang) => {
    const [heading, text] = NOTICE_TEXTS[kind](PAGE_TEXTS[lang]);
    const tag = lang === shown[0] ? 'h1' : 'h2';
    return `<section lang="${lang}"><${tag}>${escapeHtml(heading)}</${tag}>\n<p>${escapeHtml(text)}</p></section>`;
  });
  return pageOf(shown[0]!, title, sections.join('\n'));
}

function pageOf(language: Language, title: string, main: string, switchPath?: string): string {
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="${QUESTIONNAIRE_STYLESHEET_PATH}">
<link rel="icon" href="data:,">
</head>
<body>
${switchPath ? languageSwitch(language, switchPath) : ''}
<main>
${main}
</main>
</body>
</html>
`;
}

/** Plain links, so that the switch works without JavaScript. */
function languageSwitch(current: Language, path: string): string {
  const links = LANGUAGES.map((lang) => {
    const currentMark = lang === current ? ' aria-current="true"' : '';
    return `<li><a href="${escapeHtml(path)}?lang=${lang}" lang="${lang}" hreflang="${lang}"${currentMark}>${escapeHtml(PAGE_TEXTS[lang].languageName)}</a></li>`;
  }).join('');
  return `<header><nav class="languages" aria-label="${escapeHtml(PAGE_TEXTS[current].languageSwitch)}"><ul>${links}</ul></nav></header>`;
}
