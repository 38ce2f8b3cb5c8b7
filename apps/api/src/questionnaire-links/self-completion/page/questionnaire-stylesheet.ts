/**
 * The participant's pages' one stylesheet, served from this server (the Content-Security-Policy
 * allows no other origin and no inline style). Phone first: one column, text of 18 px or more,
 * answers as whole-width touch targets of at least 48 px.
 */
export const QUESTIONNAIRE_STYLESHEET = `
*, *::before, *::after { box-sizing: border-box; }
html { font-size: 112.5%; -webkit-text-size-adjust: 100%; }
body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; line-height: 1.5; color: #1a1a1a; background: #f6f6f3; }
header, main { max-width: 40rem; margin: 0 auto; padding: 0 1rem; }
header { padding-top: 0.75rem; }
.languages ul { display: flex; flex-wrap: wrap; gap: 0.25rem; list-style: none; margin: 0; padding: 0; }
.languages a { display: inline-block; min-height: 48px; min-width: 48px; padding: 0.65rem 0.6rem; border-radius: 0.5rem; font-size: 0.95rem; color: #0b4f8a; text-decoration: underline; }
.languages a[aria-current="true"] { color: #1a1a1a; font-weight: 700; text-decoration: none; background: #e3e3dc; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 1rem 0 0.5rem; }
fieldset { margin: 1.25rem 0; padding: 1rem; border: 1px solid #b8b8ae; border-radius: 0.75rem; background: #fff; }
legend { float: left; width: 100%; padding: 0; margin-bottom: 0.75rem; font-weight: 700; font-size: 1.05rem; }
legend + * { clear: both; }
.answer { display: flex; align-items: center; gap: 0.75rem; min-height: 52px; margin: 0.4rem 0; padding: 0.75rem; border: 2px solid #d4d4cc; border-radius: 0.5rem; cursor: pointer; }
.answer:has(input:checked) { border-color: #0b4f8a; background: #eaf2fa; }
.answer input { width: 1.5rem; height: 1.5rem; margin: 0; flex: none; accent-color: #0b4f8a; }
.answer span { flex: 1; }
.problem, .alert { color: #9b1c1c; font-weight: 700; }
.alert { padding: 0.75rem 1rem; border: 2px solid #9b1c1c; border-radius: 0.5rem; background: #fff; }
dl { background: #fff; border: 1px solid #b8b8ae; border-radius: 0.75rem; padding: 0.5rem 1rem; }
dt { font-weight: 700; margin-top: 0.75rem; }
dd { margin: 0.25rem 0 0.75rem; }
.actions { display: flex; flex-direction: column; gap: 0.75rem; margin: 1.5rem 0 3rem; }
button { min-height: 52px; padding: 0.75rem 1.25rem; font: inherit; font-weight: 700; border-radius: 0.5rem; border: 2px solid #0b4f8a; cursor: pointer; }
button.primary { color: #fff; background: #0b4f8a; }
button.secondary { color: #0b4f8a; background: #fff; }
a:focus-visible, button:focus-visible, input:focus-visible { outline: 3px solid #c2410c; outline-offset: 2px; }
`;
