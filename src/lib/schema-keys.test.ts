import { describe, expect, it } from 'vitest';
import { eventSchema, versionSchema } from './schema.ts';
import { allowedKeysAt, nearMiss } from './schema-keys.ts';

describe('allowedKeysAt', () => {
  it('lists a record\'s own fields at the top', () => {
    expect(allowedKeysAt(eventSchema, { titel: 'x' }, [])).toEqual(['title', 'kind', 'date', 'end', 'description', 'citation', 'derived']);
  });

  it('follows nested objects and lists', () => {
    const record = { passages: [{ id: 'a' }, { id: 'b', citation: { source: 'k', sektion: 'x' } }] };
    expect(allowedKeysAt(versionSchema, record, ['passages', 1, 'citation'])).toEqual(['source', 'section', 'parent', 'footnote', 'table', 'page']);
  });

  it('picks the option of a union that fits the value (a date of unknown precision has bounds)', () => {
    const record = { date: { precision: 'unknown', notbefore: '2001' } };
    expect(allowedKeysAt(eventSchema, record, ['date'])).toEqual(['precision', 'notBefore', 'notAfter', 'note']);
  });
});

describe('nearMiss', () => {
  it('suggests the allowed name a typo was meant as', () => {
    expect(nearMiss('titel', ['title', 'reviewed'])).toBe('title');
    expect(nearMiss('reviwed', ['title', 'reviewed'])).toBe('reviewed');
    expect(nearMiss('notbefore', ['notBefore', 'notAfter'])).toBe('notBefore');
  });

  it('suggests nothing for a different word', () => {
    expect(nearMiss('author', ['title', 'reviewed'])).toBeUndefined();
  });
});
