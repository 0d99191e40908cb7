import { describe, expect, it } from 'vitest';
import { negotiateLocale } from './locales';

describe('negotiateLocale', () => {
  it('prefers the highest-ranked supported language', () => {
    expect(negotiateLocale('pt-BR,pt;q=0.9,en;q=0.8', 'en')).toBe('pt-BR');
    expect(negotiateLocale('fr-FR,fr;q=0.9,en;q=0.5,pt;q=0.4', 'pt-BR')).toBe('en');
    expect(negotiateLocale('en;q=0.2,pt-PT;q=0.8', 'en')).toBe('pt-BR');
    expect(negotiateLocale('PT', 'en')).toBe('pt-BR');
    expect(negotiateLocale('EN-GB', 'pt-BR')).toBe('en');
  });
  it('falls back when nothing matches or the header is missing', () => {
    expect(negotiateLocale('de,fr', 'en')).toBe('en');
    // Spanish is a site language, not one the dashboard speaks.
    expect(negotiateLocale('es-ES,es;q=0.9', 'pt-BR')).toBe('pt-BR');
    expect(negotiateLocale(null, 'pt-BR')).toBe('pt-BR');
  });
});
