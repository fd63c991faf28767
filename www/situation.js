// «Gjelder noe av dette deg?»: the household's situation beyond its members (issue 12, items 3 and 4):
// a married person assessed alone, adult children, samvær, særkullsbarn, students, and each adult's
// situation (`situation.adults[i]`, the fields of the schema's `adultSituationKeys`: what the
// aktivitetsplikt and the checklist of benefits to claim first weigh). Loaded after the
// first screen, like its words (the catalogue's later part, section `situation`). The answers go to the
// core as `situation.*`; the core gives the notices and refuses what does not apply (notApplicable
// beside the field). No rule here: a question shows for the household types the core accepts it for,
// and a question that still holds an answer is never hidden (so nothing is dropped without a word) —
// except the second adult's, which are sent only while the form has a second adult, like its age.
import { adultSituationKeys as ADULT, assessedAloneReasons, studentKinds } from 'core:schema/later';
import { el } from './util.js';

const $ = (id) => document.getElementById(id);
/** The yes/no facts, in the order asked; `couple`: only for a married or cohabiting applicant. */
const FLAGS = [['adultChildAtHome'], ['adultChildInUpperSecondary'], ['samvaerChildren'], ['saerkullChildren', true]];
/** The choices, with the code lists from the core's schema (an empty value is «no»). */
const CHOICES = [['assessedAlone', assessedAloneReasons], ['student', studentKinds]];
/** Situation fields the box does not show (such as unreadable values from a link), kept as they came. */
let rest = {};
/** Whether the form has a second adult (its questions apply only then, like its age). */
let pair = false;

/** Builds the box at the end of the household step and restores `answers` (from a link or scenario). */
export function mount(answers, type, M, together) {
  const step = document.querySelector('.step[data-step=household]');
  if (!step || $('situationBox')) return;
  const choice = ([key, codes]) => el('div', { class: 'field', id: `sit-${key}-field` },
    el('label', { for: `sit-${key}`, id: `sit-${key}-label` }),
    el('select', { id: `sit-${key}`, 'aria-describedby': `err-situation-${key}` }, ...['', ...codes].map((c) => el('option', { value: c }))),
    el('p', { class: 'field-error', id: `err-situation-${key}`, hidden: true }));
  const flag = ([key]) => el('div', { class: 'field', id: `sit-${key}-field` },
    el('label', {}, el('input', { type: 'checkbox', id: `sit-${key}`, 'aria-describedby': `err-situation-${key}` }), ' ', el('span', { id: `sit-${key}-label` })),
    el('p', { class: 'field-error', id: `err-situation-${key}`, hidden: true }));
  step.append(el('details', { id: 'situationBox', class: 'fold situation-box' },
    el('summary', { id: 'sit-title' }),
    el('p', { class: 'hint', id: 'sit-intro' }),
    choice(CHOICES[0]),
    el('p', { class: 'hint', id: 'sit-marriedHint' }),
    ...FLAGS.map(flag),
    choice(CHOICES[1]),
    el('p', { class: 'hint', id: 'sit-adultsHint' }),
    ...[0, 1].map((i) => el('fieldset', { class: 'sub', id: `sit-adult${i}` }, el('legend', { id: `sit-adult${i}-legend` }),
      ...ADULT.map((key) => el('div', { class: 'field' },
        el('label', {}, el('input', { type: 'checkbox', id: `sit-a${i}-${key}` }), ' ', el('span', { id: `sit-a${i}-${key}-label` }))))))));
  // What the person chooses replaces a value a link brought that the box could not show (this listener
  // runs before the form's, which computes again).
  $('situationBox').addEventListener('input', (ev) => {
    const id = ev.target.id ?? '';
    delete rest[/^sit-a\d-/.test(id) ? 'adults' : id.slice('sit-'.length)];
  });
  write(answers ?? {});
  sync(type, M, together);
}

/** The answers as the core reads them: only what is answered, with the fields the box does not ask. */
export function read() {
  const out = { ...rest };
  for (const [key] of CHOICES) if ($(`sit-${key}`)?.value) out[key] = $(`sit-${key}`).value;
  for (const [key] of FLAGS) if ($(`sit-${key}`)?.checked) out[key] = true;
  const adults = [0, 1].slice(0, pair ? 2 : 1).map((i) => Object.fromEntries(ADULT.filter((k) => $(`sit-a${i}-${k}`)?.checked).map((k) => [k, true])));
  while (adults.length && !Object.keys(adults.at(-1)).length) adults.pop();
  if (adults.length) out.adults = adults;
  return out;
}

/** Restores answers (the inverse of read); a value the lists do not hold is kept and refused by the core. */
export function write(answers) {
  rest = {};
  // Each adult's situation, when it is what the box asks (else kept, and the core says what is wrong).
  const adults = answers.adults;
  const shown = Array.isArray(adults) && adults.length <= 2
    && adults.every((a) => a && typeof a === 'object' && Object.entries(a).every(([k, v]) => ADULT.includes(k) && typeof v === 'boolean'));
  for (const i of [0, 1]) for (const k of ADULT) if ($(`sit-a${i}-${k}`)) $(`sit-a${i}-${k}`).checked = Boolean(shown && adults[i]?.[k]);
  for (const [k, v] of Object.entries(answers)) {
    if (k === 'adults' && shown) continue;
    const choice = CHOICES.some(([key]) => key === k);
    if (choice && typeof v === 'string' && $(`sit-${k}`)) {
      if (![...$(`sit-${k}`).options].some((o) => o.value === v)) $(`sit-${k}`).append(el('option', { value: v, text: v }));
      $(`sit-${k}`).value = v;
    } else if (!choice && FLAGS.some(([key]) => key === k) && typeof v === 'boolean') {
      $(`sit-${k}`).checked = v;
    } else {
      rest[k] = v;
    }
  }
  for (const [key] of CHOICES) if (!(key in answers) && $(`sit-${key}`)) $(`sit-${key}`).value = '';
  for (const [key] of FLAGS) if (!(key in answers) && $(`sit-${key}`)) $(`sit-${key}`).checked = false;
  if ($('situationBox') && Object.keys(answers).length) $('situationBox').open = true;
}

/** Shows the questions that apply to the household type (or still hold an answer), in the page's language. */
export function sync(type, M, together) {
  pair = Boolean(together);
  if (!$('situationBox')) return;
  const S = M.situation;
  $('situationBox').hidden = !S;
  if (!S) return;
  const couple = type === 'married' || type === 'cohabiting';
  $('sit-title').textContent = S.title;
  $('sit-intro').textContent = S.intro;
  $('sit-marriedHint').textContent = S.marriedHint;
  $('sit-marriedHint').hidden = type !== 'married';
  $('sit-assessedAlone-field').hidden = type !== 'single' && !$('sit-assessedAlone').value;
  for (const [key, onlyCouple] of FLAGS) {
    $(`sit-${key}-label`).textContent = S[key];
    $(`sit-${key}-field`).hidden = Boolean(onlyCouple) && !couple && !$(`sit-${key}`).checked;
  }
  $('sit-adultsHint').textContent = S.adultsHint;
  $('sit-adult1').hidden = !pair;
  for (const i of [0, 1]) {
    $(`sit-adult${i}-legend`).textContent = i ? S.aboutPartner : S.aboutYou;
    for (const k of ADULT) $(`sit-a${i}-${k}-label`).textContent = S[k];
  }
  for (const [key] of CHOICES) {
    $(`sit-${key}-label`).textContent = S[key];
    for (const o of $(`sit-${key}`).options) o.textContent = o.value ? S[o.value] ?? o.value : S.no;
  }
}

/**
 * The answers of `situation` in words (`S`: a catalogue's `situation` section), for the print summary:
 * a choice as its question and answer, a tick as its label, each adult's ticks after «Om deg» /
 * «Om ektefellen …». Values the box does not know are shown as they are.
 */
export function answered(S, situation) {
  const out = [];
  if (!S || !situation) return out;
  for (const [key] of CHOICES) if (situation[key] != null) out.push(`${S[key]} ${S[situation[key]] ?? situation[key]}`);
  for (const [key] of FLAGS) if (situation[key] === true) out.push(S[key]);
  (Array.isArray(situation.adults) ? situation.adults : []).forEach((a, i) => {
    const on = Object.keys(a ?? {}).filter((k) => a[k] === true).map((k) => S[k] ?? k);
    if (on.length) out.push(`${i ? S.aboutPartner : S.aboutYou}: ${on.join(', ')}`);
  });
  return out;
}
