import { describe, expect, it } from 'vitest';
import type { Corpus } from './corpus.ts';
import { documentTimeline, undescribedText, versionsInForce, versionsInForceInLine, type DocumentTimeline } from './in-force.ts';
import type { PartialDate } from './schema.ts';

const day = (value: string): PartialDate => ({ precision: 'day', value });
const year = (value: string): PartialDate => ({ precision: 'year', value });
const month = (value: string): PartialDate => ({ precision: 'month', value });

/** Vägledning 2004:2 as the record has it. */
const v2004: DocumentTimeline = {
  versions: [
    { id: '1', number: 1, decided: year('2004') },
    { id: '4', number: 4, decided: day('2006-03-10') },
    { id: '6', number: 6, decided: { precision: 'unknown', notBefore: '2006-03-10', notAfter: '2007' } },
    { id: '7', number: 7, decided: year('2007') },
    { id: '11', number: 11, decided: year('2008') },
    { id: '2009-01', number: null, decided: month('2009-01') },
    { id: '13', number: 13, decided: day('2009-12-21') },
    { id: '18', number: 18, decided: year('2011') },
    { id: '21', number: 21, decided: { precision: 'unknown', notBefore: '2011', notAfter: '2015' } },
  ],
  replacedOn: year('2015'),
  lastIsFinal: true,
};

describe('versionsInForce', () => {
  it('says nothing applied before the first version', () => {
    expect(versionsInForce(v2004, '2003-06-01')).toEqual({ versions: [], undescribed: [], certain: false, replaced: 'nej' });
  });

  it('lists every version a year-precise date leaves open, and the undescribed ones between', () => {
    // Version 1 is from "2004": on 1 June 2004 it may or may not have been decided yet.
    expect(versionsInForce(v2004, '2004-06-01')).toEqual({ versions: ['1'], undescribed: [{ from: 2, to: 3 }], certain: false, replaced: 'nej' });
    // In 2008 it could be 7, one of 8–10 that no source describes, or 11.
    const mid2008 = versionsInForce(v2004, '2008-06-01');
    expect(mid2008.versions).toEqual(['7', '11']);
    expect(mid2008.undescribed).toContainEqual({ from: 8, to: 10 });
    expect(mid2008.certain).toBe(false);
  });

  it('never picks one of two versions whose dates overlap', () => {
    const r = versionsInForce(v2004, '2007-01-15');
    expect(r.versions).toEqual(['4', '6', '7']);
    expect(r.certain).toBe(false);
  });

  it('counts a day-precise version from its decision day', () => {
    expect(versionsInForce(v2004, '2009-12-20').versions).not.toContain('13');
    expect(versionsInForce(v2004, '2009-12-21').versions).toContain('13');
  });

  it('is certain only when one known version applied whatever the dates are', () => {
    const t: DocumentTimeline = { versions: [{ id: '1', number: 1, decided: day('2010-01-01') }, { id: '2', number: 2, decided: day('2012-01-01') }], lastIsFinal: false };
    expect(versionsInForce(t, '2011-05-05')).toEqual({ versions: ['1'], undescribed: [], certain: true, replaced: 'nej' });
    // After the last known version a later, undescribed one may have come.
    expect(versionsInForce(t, '2013-01-01')).toEqual({ versions: ['2'], undescribed: [{ from: 3 }], certain: false, replaced: 'nej' });
  });

  it('ends with the successor, and says when the successor may already apply', () => {
    // Version 21 is dated "not after 2015", so mid-2015 even 18 or 19–20 may still apply.
    expect(versionsInForce(v2004, '2015-06-01')).toEqual({ versions: ['18', '21'], undescribed: [{ from: 19, to: 20 }], certain: false, replaced: 'kanske' });
    expect(versionsInForce(v2004, '2016-01-01')).toEqual({ versions: [], undescribed: [], certain: false, replaced: 'ja' });
  });

  it('keeps unnumbered versions uncertain on both sides', () => {
    const r = versionsInForce(v2004, '2009-06-01');
    expect(r.versions).toEqual(['2009-01']);
    expect(r.undescribed).toEqual([{ to: 12 }]);
    expect(r.certain).toBe(false);
  });

  it('allows earlier undescribed versions when the first known is not version 1', () => {
    const t: DocumentTimeline = { versions: [{ id: '12', number: 12, decided: { precision: 'unknown', notAfter: '2019-04' } }], lastIsFinal: false };
    expect(versionsInForce(t, '2015-01-01')).toEqual({ versions: ['12'], undescribed: [{ to: 11 }, { from: 13 }], certain: false, replaced: 'nej' });
  });
});

describe('documentTimeline', () => {
  it('ends a replaced document at its successor and knows its last version from the analysed range', () => {
    const cite = { source: 's', section: 'x' };
    const corpus = {
      documents: [
        { id: 'a', file: '', data: { title: 'A', name: 'A', kind: 'vägledning', description: 'x', replacedBy: 'b', analysedRange: { from: 1, to: 2, citation: cite } } },
        { id: 'b', file: '', data: { title: 'B', name: 'B', kind: 'vägledning', description: 'x', replaces: 'a' } },
      ],
      versions: [
        { id: '2', document: 'a', file: '', data: { number: 2, decided: year('2010'), passages: [] } },
        { id: '1', document: 'b', file: '', data: { number: 1, decided: year('2015'), passages: [] } },
      ],
    } as unknown as Corpus;
    expect(documentTimeline(corpus, 'a')).toEqual({ versions: [{ id: '2', number: 2, decided: year('2010') }], replacedOn: year('2015'), lastIsFinal: true });
    expect(documentTimeline(corpus, 'b').lastIsFinal).toBe(false);
  });
});

describe('undescribedText', () => {
  it('names the numbers undescribed versions could have', () => {
    expect(undescribedText({ from: 8, to: 10 })).toBe('version 8–10');
    expect(undescribedText({ from: 2, to: 2 })).toBe('version 2');
    expect(undescribedText({ from: 22 })).toBe('version 22 eller senare');
    expect(undescribedText({ to: 12 })).toBe('version 12 eller tidigare');
    expect(undescribedText({})).toBe('versioner utan känt nummer');
  });
});

describe('versionsInForceInLine', () => {
  const v2015: DocumentTimeline = {
    versions: [
      { id: '1', number: 1, decided: year('2015') },
      { id: '11', number: 11, decided: { precision: 'unknown', notBefore: '2015', notAfter: '2020-04' } },
    ],
    lastIsFinal: false,
  };
  const line = [{ document: 'v2004', timeline: v2004 }, { document: 'v2015', timeline: v2015 }];

  it('names the one version of the first document on a day its dates settle', () => {
    expect(versionsInForceInLine(line, '2010-06-01')).toEqual({ versions: [{ document: 'v2004', id: '13' }], undescribed: [{ document: 'v2004', gap: { from: 14, to: 17 } }], certain: false });
    expect(versionsInForceInLine(line, '2006-06-01')).toMatchObject({ versions: [{ document: 'v2004', id: '4' }, { document: 'v2004', id: '6' }], certain: false });
  });

  it('in the year of the succession lists both documents, since the source gives only the year', () => {
    const r = versionsInForceInLine(line, '2015-06-01');
    expect(r.versions.map((v) => v.document)).toContain('v2004');
    expect(r.versions).toContainEqual({ document: 'v2015', id: '1' });
    expect(r.certain).toBe(false);
  });

  it('after the succession counts only the successor', () => {
    const r = versionsInForceInLine(line, '2017-06-01');
    expect(r.versions.every((v) => v.document === 'v2015')).toBe(true);
  });
});
