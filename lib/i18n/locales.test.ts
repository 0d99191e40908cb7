import { describe, expect, it } from 'vitest';
import { negotiateLocale, requestLocale, savedLocaleOr } from './locales';

describe('negotiateLocale', () => {
  it('prefers the highest-ranked supported language', () => {
    expect(negotiateLocale('pt-BR,pt;q=0.9,en;q=0.8', 'en')).toBe('pt-BR');
    expect(negotiateLocale('fr-FR,fr;q=0.9,en;q=0.5,pt;q=0.4', 'pt-BR')).toBe('en');
    expect(negotiateLocale('en;q=0.2,pt-PT;q=0.8', 'en')).toBe('pt-BR');
    expect(negotiateLocale('PT', 'en')).toBe('pt-BR');
    expect(negotiateLocale('EN-GB', 'pt-BR')).toBe('en');
  });
  it('gives any Spanish browser Spanish (Argentina, Latin America, Spain, Mexico)', () => {
    expect(negotiateLocale('es-AR,es;q=0.9,en;q=0.8', 'en')).toBe('es');
    expect(negotiateLocale('es-419,es;q=0.9', 'pt-BR')).toBe('es');
    expect(negotiateLocale('es', 'en')).toBe('es');
    expect(negotiateLocale('ES-MX', 'en')).toBe('es');
    // The first language decides: English first, Spanish second, is English.
    expect(negotiateLocale('en-US,en;q=0.9,es;q=0.8', 'pt-BR')).toBe('en');
    expect(negotiateLocale('pt-BR;q=0.5,es-ES;q=0.7', 'en')).toBe('es');
  });
  it('falls back when nothing matches or the header is missing', () => {
    expect(negotiateLocale('de,fr', 'en')).toBe('en');
    // Catalan and Galician are not Spanish, though Spain's browsers may send them first.
    expect(negotiateLocale('ca-ES,gl;q=0.9', 'pt-BR')).toBe('pt-BR');
    expect(negotiateLocale(null, 'pt-BR')).toBe('pt-BR');
  });
});

describe('requestLocale', () => {
  it('takes the saved choice when it is one of ours, else the browser’s language', () => {
    expect(requestLocale('es', 'pt-BR,pt;q=0.9', 'en')).toBe('es');
    expect(requestLocale('fr', 'pt-BR,pt;q=0.9', 'en')).toBe('pt-BR');
    expect(requestLocale(undefined, 'es-AR', 'en')).toBe('es');
    expect(requestLocale(undefined, null, 'pt-BR')).toBe('pt-BR');
  });
});

describe('savedLocaleOr', () => {
  it('keeps a saved language of ours and falls back for none or another', () => {
    expect(savedLocaleOr('pt-BR', 'en')).toBe('pt-BR');
    expect(savedLocaleOr(null, 'es')).toBe('es');
    expect(savedLocaleOr('de', 'en')).toBe('en');
  });
});
