import { describe, expect, it } from 'vitest';
import { certainlyAfter, dateBounds, datetimeAttr, formatDate, spanOf } from './dates.ts';

describe('formatDate', () => {
  it('writes a date in Swedish at the precision the source gives, never more exact', () => {
    expect(formatDate({ precision: 'day', value: '2006-03-10' })).toBe('10 mars 2006');
    expect(formatDate({ precision: 'day', value: '2015-01-01' })).toBe('1 januari 2015');
    expect(formatDate({ precision: 'month', value: '2009-12' })).toBe('december 2009');
    expect(formatDate({ precision: 'year', value: '2007' })).toBe('2007');
  });

  it('says a date is unknown, with the bounds the sources give', () => {
    expect(formatDate({ precision: 'unknown' })).toBe('okänt');
    expect(formatDate({ precision: 'unknown', notBefore: '2009' })).toBe('okänt (tidigast 2009)');
    expect(formatDate({ precision: 'unknown', notAfter: '2010-06' })).toBe('okänt (senast juni 2010)');
    expect(formatDate({ precision: 'unknown', notBefore: '2008-11-03', notAfter: '2009' })).toBe('okänt (tidigast 3 november 2008, senast 2009)');
  });
});

describe('spanOf and dateBounds', () => {
  it('give the first and last day a year or a month can mean, leap years included', () => {
    expect(spanOf('2007')).toEqual({ earliest: '2007-01-01', latest: '2007-12-31' });
    expect(spanOf('2008-02')).toEqual({ earliest: '2008-02-01', latest: '2008-02-29' });
    expect(spanOf('2009-02')).toEqual({ earliest: '2009-02-01', latest: '2009-02-28' });
    expect(spanOf('2009-04')).toEqual({ earliest: '2009-04-01', latest: '2009-04-30' });
    expect(spanOf('2006-03-10')).toEqual({ earliest: '2006-03-10', latest: '2006-03-10' });
  });

  it('leave an end open where an unknown date has no bound', () => {
    expect(dateBounds({ precision: 'unknown' })).toEqual({ earliest: undefined, latest: undefined });
    expect(dateBounds({ precision: 'unknown', notBefore: '2009-06' })).toEqual({ earliest: '2009-06-01', latest: undefined });
    expect(dateBounds({ precision: 'unknown', notAfter: '2010' })).toEqual({ earliest: undefined, latest: '2010-12-31' });
  });
});

describe('certainlyAfter', () => {
  it('orders two dates only when every day one could be is later than every day the other could be', () => {
    expect(certainlyAfter({ precision: 'day', value: '2009-12-21' }, { precision: 'year', value: '2008' })).toBe(true);
    // A month inside the year it is compared with could be either side of it.
    expect(certainlyAfter({ precision: 'month', value: '2008-06' }, { precision: 'year', value: '2008' })).toBe(false);
    expect(certainlyAfter({ precision: 'year', value: '2008' }, { precision: 'month', value: '2008-06' })).toBe(false);
    expect(certainlyAfter({ precision: 'day', value: '2008-06-01' }, { precision: 'day', value: '2008-06-01' })).toBe(false);
  });

  it('does not order an unknown date without the bound that would decide it', () => {
    expect(certainlyAfter({ precision: 'unknown' }, { precision: 'year', value: '2000' })).toBe(false);
    expect(certainlyAfter({ precision: 'unknown', notBefore: '2010' }, { precision: 'year', value: '2009' })).toBe(true);
    expect(certainlyAfter({ precision: 'year', value: '2011' }, { precision: 'unknown', notBefore: '2010' })).toBe(false);
    expect(certainlyAfter({ precision: 'year', value: '2011' }, { precision: 'unknown', notAfter: '2010' })).toBe(true);
  });
});

describe('datetimeAttr', () => {
  it('gives a machine-readable date at its precision, and none for an unknown date', () => {
    expect(datetimeAttr({ precision: 'month', value: '2009-12' })).toBe('2009-12');
    expect(datetimeAttr({ precision: 'unknown', notBefore: '2009' })).toBeUndefined();
  });
});
