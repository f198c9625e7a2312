/**
 * The search quality set: Swedish queries as people type them (inflected
 * forms, abbreviations, half-remembered terms) from every part of the site,
 * each with the page that must be among the first three results.
 */
export const SEARCH_QUERIES: { query: string; expect: string }[] = [
  { query: 'avstämningsmötet', expect: '/moten-och-verktyg/avstamningsmotet/' },
  { query: 'avstämningsmöten', expect: '/moten-och-verktyg/avstamningsmotet/' },
  { query: 'samordningsansvaret', expect: '/tidslinje/samordningsansvar/' },
  { query: 'SASSAM', expect: '/moten-och-verktyg/sassam/' },
  { query: 'BÖRS', expect: '/moten-och-verktyg/motiverande-samtal/' },
  { query: 'motiverande samtal', expect: '/moten-och-verktyg/motiverande-samtal/' },
  { query: 'kundflödena', expect: '/samordning/kundfloden/' },
  { query: 'rehabiliteringskedjan', expect: '/samordning/rehabiliteringskedjan/' },
  { query: 'bortre tidsgränsen', expect: '/samordning/rehabiliteringskedjan/' },
  { query: 'Tillitslabbet', expect: '/erfarenheter/tillitslabbet/' },
  { query: 'Torsby', expect: '/erfarenheter/tillitslabbet/' },
  { query: 'AMiA', expect: '/erfarenheter/amia-syd/' },
  { query: 'hela ohälsoprocessen', expect: '/vagledningar/vagledning-2004-2/lydelse/hela-ohalsoprocessen/' },
  { query: 'samordnings- och tillsynsansvar', expect: '/vagledningar/vagledning-2015-1/version-1/' },
  { query: 'förtroendet för Försäkringskassan', expect: '/vagledningar/vagledning-2004-2/version-18/' },
  { query: 'pendelrörelse', expect: '/for-analytiker/styrningens-pendelrorelse/' },
  { query: 'gemensam kartläggning', expect: '/moten-och-verktyg/gemensam-kartlaggning/' },
  { query: 'omställningsmöte', expect: '/moten-och-verktyg/gemensam-kartlaggning/' },
  { query: 'projektledare', expect: '/samordning/handlaggarens-roll/' },
  { query: 'koordineringsinsatser', expect: '/samordning/samverkan-vard-och-arbetsgivare/' },
  { query: 'Finsam', expect: '/begrepp/' },
  { query: 'initiala behovsbedömningen', expect: '/vagledningar/process-2009-07/lydelse/initial-behovsbedomning/' },
  { query: 'IBB', expect: '/vagledningar/process-2009-07/lydelse/initial-behovsbedomning/' },
  { query: 'ReDo', expect: '/processer/redo/' },
  { query: 'avstämningsmöten per halvår', expect: '/statistik/' },
  { query: 'Publikt', expect: '/kallor/' },
  // Everyday short forms (guides' searchTerms) and glossary abbreviations.
  { query: 'rehabkedjan', expect: '/samordning/rehabiliteringskedjan/' },
  { query: 'AM', expect: '/moten-och-verktyg/avstamningsmotet/' },
  { query: 'GK', expect: '/moten-och-verktyg/gemensam-kartlaggning/' },
  { query: 'MI', expect: '/moten-och-verktyg/motiverande-samtal/' },
  { query: 'FMR', expect: '/begrepp/' },
];

/** Queries whose best page must come first (best bets: exact title, glossary abbreviation, short form). */
export const FIRST_RESULT: { query: string; expect: string }[] = [
  { query: 'rehabkedjan', expect: '/samordning/rehabiliteringskedjan/' },
  { query: 'SASSAM', expect: '/moten-och-verktyg/sassam/' },
  { query: 'GK', expect: '/begrepp/' },
  { query: 'IBB', expect: '/begrepp/' },
  { query: 'MI', expect: '/begrepp/' },
  { query: 'Tillitslabbet', expect: '/erfarenheter/tillitslabbet/' },
  { query: 'rehabiliteringskedjan', expect: '/samordning/rehabiliteringskedjan/' },
];
