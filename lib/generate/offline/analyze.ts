// Which language a short text is written in, by its common words and spelling: the catalogue's
// checks use it on copy (the prompt reading has its own, in understand/language.ts). Pure and
// deterministic.
import type { SiteLanguage } from '@/lib/i18n/languages';

const stopwords: Record<SiteLanguage, string[]> = {
  en: [
    'the',
    'and',
    'with',
    'for',
    'in',
    'of',
    'a',
    'an',
    'my',
    'our',
    'is',
    'that',
    'we',
    'to',
    'called',
    'named',
    'colors',
    'colours',
    'tones',
    'shop',
    'selling',
    'near',
  ],
  'pt-BR': [
    'de',
    'da',
    'do',
    'das',
    'dos',
    'em',
    'com',
    'para',
    'uma',
    'um',
    'minha',
    'meu',
    'nossa',
    'nosso',
    'que',
    'e',
    'chamada',
    'chamado',
    'tons',
    'cores',
    'não',
    'são',
    'artesanal',
    'na',
    'no',
    'ao',
    'pela',
    'pelo',
    'receitas',
    'caseiro',
    'caseira',
    'caseiras',
    'cozinha',
    'sobre',
    'feita',
    'feito',
    'mão',
    'cidade',
    'bairro',
  ],
  es: [
    'el',
    'la',
    'los',
    'las',
    'de',
    'del',
    'en',
    'con',
    'para',
    'una',
    'un',
    'mi',
    'nuestra',
    'nuestro',
    'que',
    'y',
    'llamada',
    'llamado',
    'tonos',
    'colores',
    'se',
    'llama',
    'al',
    'por',
    'muy',
    'receta',
    'recetas',
    'casero',
    'casera',
    'caseros',
    'caseras',
    'cocina',
    'hecho',
    'hecha',
    'sin',
    'hogar',
    'ciudad',
    'barrio',
    'sobre',
  ],
};

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}'-]+/gu) ?? [];
}

export function detectLanguage(prompt: string): SiteLanguage {
  const list = words(prompt);
  const score: Record<SiteLanguage, number> = { en: 0, 'pt-BR': 0, es: 0 };
  for (const language of Object.keys(stopwords) as SiteLanguage[]) {
    for (const w of list) if (stopwords[language].includes(w)) score[language] += 1;
  }
  if (/[ãõç]|ção|ções|nh[aeiou]|lh[aeiou]/i.test(prompt)) score['pt-BR'] += 2;
  if (/[ñ¿¡]|ción\b|ciones\b|\bll[aeiou]/i.test(prompt)) score.es += 2;
  // Words that look alike in pt and es: a few tie-breakers.
  if (/\b(muito|também|você|loja|padaria|academia|cardápio|salão)\b/i.test(prompt)) score['pt-BR'] += 2;
  if (/\b(muy|también|usted|tienda|panadería|gimnasio|menú|peluquería)\b/i.test(prompt)) score.es += 2;
  const best = (Object.entries(score) as Array<[SiteLanguage, number]>).sort((a, b) => b[1] - a[1]);
  return best[0][1] === 0 ? 'en' : best[0][0];
}
