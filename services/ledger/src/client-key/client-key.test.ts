import { canonicalJson, requestHash } from './client-key';

describe('client keys', () => {
  it('hashes the same body the same whatever the key order', () => {
    expect(canonicalJson({ b: 1, a: [1, { d: null, c: 'x' }] })).toBe('{"a":[1,{"c":"x","d":null}],"b":1}');
    expect(requestHash('declareEntry', { a: 1, b: 2 })).toBe(requestHash('declareEntry', { b: 2, a: 1 }));
  });

  it('tells apart different bodies and different operations', () => {
    expect(requestHash('declareEntry', { a: 1 })).not.toBe(requestHash('declareEntry', { a: 2 }));
    expect(requestHash('declareEntry', { a: 1 })).not.toBe(requestHash('reviewEntries', { a: 1 }));
  });

  it('leaves out undefined fields, as JSON would', () => {
    expect(canonicalJson({ a: 1, b: undefined })).toBe('{"a":1}');
  });
});
