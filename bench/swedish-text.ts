/**
 * Swedish-like text for benchmark corpora: real words from the domain in
 * plausible sentences, so Pagefind's Swedish stemming, word segmentation and
 * page sizes behave as they would on real guidance text. Meaning is not the
 * point; word lengths, å/ä/ö and punctuation are.
 */
import type { Random } from './random.ts';

const NOUNS = [
  'försäkringskassan', 'handläggaren', 'arbetsgivaren', 'läkaren', 'arbetsförmedlingen', 'vården', 'individen',
  'den försäkrade', 'samordningen', 'rehabiliteringen', 'arbetsförmågan', 'sjukskrivningen', 'avstämningsmötet',
  'ärendet', 'vägledningen', 'processen', 'bedömningen', 'planeringen', 'insatserna', 'åtgärderna', 'kommunen',
  'samverkan', 'ansvaret', 'uppdraget', 'förtroendet', 'kartläggningen', 'underlaget', 'beslutet', 'ersättningen',
  'sjukpenningen', 'tidsgränsen', 'rehabiliteringskedjan', 'samordningsförbundet', 'kundflödet', 'behovet',
  'återgången', 'arbetsplatsen', 'hälso- och sjukvården', 'myndigheten', 'regeringen', 'styrningen', 'uppföljningen',
];
const VERBS = [
  'ansvarar för', 'samordnar', 'bedömer', 'planerar', 'följer upp', 'dokumenterar', 'kallar till', 'utreder',
  'stödjer', 'påverkar', 'förkortar', 'beskriver', 'prövar', 'främjar', 'förtydligar', 'begränsar', 'omfattar',
  'kräver', 'underlättar', 'förändrar', 'tar initiativ till', 'samverkar kring', 'hämtar in', 'tydliggör',
];
const ADJECTIVES = [
  'aktiva', 'tidiga', 'samlade', 'medicinska', 'sociala', 'arbetslivsinriktade', 'gemensamma', 'övergripande',
  'långvariga', 'nödvändiga', 'individuella', 'strukturella', 'tydliga', 'rättssäkra', 'särskilda', 'möjliga',
];
const ADVERBIALS = [
  'i varje ärende', 'under hela sjukfallet', 'så tidigt som möjligt', 'enligt vägledningen', 'vid behov',
  'i samråd med den försäkrade', 'inom ramen för uppdraget', 'efter dag 90', 'före dag 180', 'på individnivå',
  'på strukturell nivå', 'i första hand', 'när det behövs', 'i praktiken', 'över tid', 'enligt lagen',
];
const CONNECTIVES = ['Därför', 'Samtidigt', 'Dessutom', 'Enligt rapporten', 'I praktiken', 'Sedan', 'Däremot', 'Till exempel'];

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function sentence(random: Random): string {
  const parts = [
    random.chance(0.3) ? `${random.pick(CONNECTIVES)} ${random.pick(VERBS).split(' ')[0]}` : random.pick(NOUNS),
    random.chance(0.3) ? random.pick(NOUNS) : random.pick(VERBS),
    `de ${random.pick(ADJECTIVES)}`,
    random.pick(NOUNS).replace(/^den /, ''),
    random.pick(ADVERBIALS),
  ];
  if (random.chance(0.4)) parts.push(`och ${random.pick(VERBS)} ${random.pick(NOUNS)}`);
  return `${capitalise(parts.join(' '))}${random.chance(0.1) ? '?' : '.'}`;
}

/** Sentences until the text reaches `minChars`. */
export function textOfLength(random: Random, minChars: number): string {
  let text = sentence(random);
  while (text.length < minChars) text += ` ${sentence(random)}`;
  return text;
}

/** A short title-like phrase, e.g. "Tidiga insatserna i varje ärende". */
export function phrase(random: Random): string {
  return capitalise(`${random.pick(ADJECTIVES)} ${random.pick(NOUNS).replace(/^den /, '')} ${random.pick(ADVERBIALS)}`);
}

/**
 * The next version of a wording: `edits` word-level changes (a word
 * replaced, inserted or deleted), as guidance wording changes between versions.
 */
export function mutateWords(random: Random, text: string, edits: number): string {
  const words = text.split(' ');
  const vocabulary = [...ADJECTIVES, ...ADVERBIALS.flatMap((a) => a.split(' ')), ...NOUNS.flatMap((n) => n.split(' '))];
  for (let i = 0; i < edits && words.length > 3; i++) {
    const at = random.int(1, words.length - 2);
    const roll = random.next();
    // Keep sentence punctuation when a word is replaced, so sentences stay sentences.
    if (roll < 0.5) words[at] = random.pick(vocabulary) + (/[.?]$/.exec(words[at])?.[0] ?? '');
    else if (roll < 0.8) words.splice(at, 0, random.pick(vocabulary));
    else if (!/[.?]$/.test(words[at])) words.splice(at, 1);
  }
  return words.join(' ');
}
