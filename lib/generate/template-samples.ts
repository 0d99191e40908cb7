// The sample business each template is shown with (the dashboard's gallery, the template tests
// and bench:lighthouse): one prompt per template and dashboard language, filled by the offline generator.
import type { UiLocale } from '@/lib/i18n/languages';
import type { SiteDocument } from '@/lib/sites/document';
import { templates, type TemplateId } from '@/lib/sites/templates';
import { OfflineGenerator } from './offline/generator';

export const templateSamplePrompts: Record<TemplateId, Record<UiLocale, string>> = {
  landing: {
    en: 'An app that helps dentists schedule patients',
    'pt-BR': 'Aplicativo para salões agendarem clientes pelo WhatsApp',
    es: 'App para que los consultorios agenden turnos por WhatsApp',
  },
  shop: {
    en: 'Online store selling handmade candles, called Ember & Wick',
    'pt-BR': 'Loja de cerâmica feita à mão "Barro & Fogo", cores terrosas',
    es: 'Tienda de cerámica hecha a mano "Barro y Fuego", colores tierra',
  },
  blog: { en: 'A food blog about quick weeknight dinners', 'pt-BR': 'Blog de viagens sobre a América do Sul', es: 'Blog de viajes por la Patagonia' },
  portfolio: {
    en: 'Portfolio for a freelance illustrator named Maya Chen',
    'pt-BR': 'Fotógrafa de casamentos em Florianópolis',
    es: 'Fotógrafa de bodas en Cartagena',
  },
  restaurant: {
    en: 'Family-run Italian restaurant named Nonna Rosa in Boston',
    'pt-BR': 'Padaria artesanal em Curitiba',
    es: 'Taquería familiar en Guadalajara llamada El Fogón',
  },
  'local-service': {
    en: 'Plumber in Denver called Rapid Pipes',
    'pt-BR': 'Eletricista em Goiânia que atende residências e comércios',
    es: 'Electricista en Bogotá para hogares y comercios',
  },
  agency: {
    en: 'Branding agency called North Star Studio in Toronto',
    'pt-BR': 'Agência de marketing digital chamada Pulso em Porto Alegre',
    es: 'Agencia de marketing digital llamada Pulso en Santiago de Chile',
  },
  fitness: {
    en: 'A yoga studio named Calm Lotus in Austin',
    'pt-BR': 'Academia de crossfit chamada Box 21 em São Paulo',
    es: 'Gimnasio de crossfit llamado Box 21 en Monterrey',
  },
  event: {
    en: 'Music festival called Riverside Sounds in Nashville',
    'pt-BR': 'Conferência de tecnologia em Recife chamada Mangue Tech 2027',
    es: 'Conferencia de tecnología en Medellín llamada Innova 2027',
  },
  nonprofit: {
    en: 'Nonprofit that teaches coding to kids in Detroit',
    'pt-BR': 'ONG de resgate de animais em Porto Alegre',
    es: 'ONG de rescate de animales en Córdoba',
  },
};

// The templates a site can be made from, in one of the dashboard's languages: the gallery's cards
// and GET /api/v1/templates (a template's id is the templateId of a new site).
export function templateCards(language: UiLocale) {
  return Object.values(templates).map((template) => ({
    id: template.id,
    name: template.label[language],
    description: template.description[language],
    pages: template.pages,
    samplePrompt: templateSamplePrompts[template.id][language],
  }));
}

export const SAMPLE_SEED = 1;

// The generator is deterministic, so each sample is made once per process; this is only a cache.
const samples = new Map<string, Promise<SiteDocument>>();

export function templateSample(templateId: TemplateId, language: UiLocale): Promise<SiteDocument> {
  const key = `${templateId}:${language}`;
  let sample = samples.get(key);
  if (!sample) {
    const prompt = templateSamplePrompts[templateId][language];
    sample = new OfflineGenerator({ sampleNames: true })
      .generate({ prompt, seed: SAMPLE_SEED, templateId, language }, () => {})
      .then((result) => result.document);
    sample.catch(() => samples.delete(key));
    samples.set(key, sample);
  }
  return sample;
}
