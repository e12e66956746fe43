import { describe, expect, it } from 'vitest';
import { addHost, normaliseHost } from '../../src/options/hosts';

describe('normaliseHost', () => {
  it('accepts bare hosts and URLs', () => {
    expect(normaliseHost('example.com')).toBe('example.com');
    expect(normaliseHost('  WWW.Example.COM ')).toBe('www.example.com');
    expect(normaliseHost('https://news.example.co.uk/path?q=1#x')).toBe('news.example.co.uk');
    expect(normaliseHost('http://example.com:8080/')).toBe('example.com');
    expect(normaliseHost('example.com/some/page')).toBe('example.com');
    expect(normaliseHost('example.com.')).toBe('example.com');
  });

  it('converts international names to punycode like page hostnames', () => {
    expect(normaliseHost('bücher.de')).toBe('xn--bcher-kva.de');
  });

  it('rejects things that are not hosts', () => {
    expect(normaliseHost('')).toBeNull();
    expect(normaliseHost('   ')).toBeNull();
    expect(normaliseHost('two words')).toBeNull();
    expect(normaliseHost('http://')).toBeNull();
    expect(normaliseHost('a..b')).toBeNull();
  });
});

describe('addHost', () => {
  it('adds once and sorts', () => {
    expect(addHost(['b.com'], 'a.com')).toEqual(['a.com', 'b.com']);
    expect(addHost(['a.com'], 'a.com')).toEqual(['a.com']);
  });
});
