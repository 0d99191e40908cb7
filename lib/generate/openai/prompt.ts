// What the model is told: the rules every generated site follows, and the owner's request.
// Validation enforces what it can (links, images, limits); the prompt keeps the model from
// needing the repair round in the first place.
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import { artMotifs } from '@/lib/sites/art-motifs';
import { contrastRatio } from '@/lib/sites/contrast';
import type { SiteLanguage } from '@/lib/i18n/languages';
import { sectionTypes } from '@/lib/sites/section-catalogue';
import { templates, isTemplateId } from '@/lib/sites/templates';
import { palettes } from '@/lib/sites/theme-options';
import { planSite, type SitePlan } from '../plan';
import type { GenerateRequest } from '../types';

const languageNames: Record<SiteLanguage, string> = { en: 'English', 'pt-BR': 'Brazilian Portuguese', es: 'Spanish' };

const paletteList = palettes
  .map((p) => `${p.id} (${contrastRatio(p.background, '#000000') > 10 ? 'light' : 'dark'}, primary ${p.primary}, accent ${p.accent})`)
  .join('; ');

export function systemPrompt(): string {
  return [
    'You write complete, ready-to-publish websites for small businesses as one JSON document that follows the given JSON schema. Output only that JSON.',
    '',
    'Rules:',
    '- Language: write every visible word (page titles, headlines, buttons, menu items, alt texts, questions, footer) in the site language. Set "language" to it.',
    '- Business name: use the name exactly as the owner wrote it in the description, in business.name and as the navbar logo text. Only when no name is given, invent a realistic one that fits.',
    '- No placeholder text ever: no lorem ipsum, "Your company", "Business name", "[...]", "TODO", sample addresses or phone numbers such as "123 Main St" or "(555) 000-0000". Leave address, phone and email empty ("") unless the owner gave them. Write real, specific copy for this business.',
    '- Links: only paths of this site ("/", "/about"), anchors to a section id on the page ("#contact"), or https:, mailto: and tel: links. Never javascript:, data: or http: links.',
    `- Images: every image src is generated art written art:<motif>:<seed>, motif one of ${artMotifs.join(', ')}, seed a whole number from 1 to 999999. Give every image a short alt text in the site language.`,
    '- Pages: 3 to 6 pages. The first is the home page at path "/"; other paths are lowercase words joined by hyphens ("/about", "/our-menu"). Page and section ids are unique in the whole site (letters, digits, - and _).',
    '- Sections: each page starts with a navbar and ends with a footer; the home page has a hero after the navbar. Navbar links point to the pages of this site. Pick the section types that suit the business (a menu for food, products for a shop, pricing for a service or app).',
    `- Section types: ${sectionTypes.join(', ')}; each section's props follow that type's schema.`,
    `- Theme: choose a palette that suits the business and its mood, from: ${paletteList}. Choose heading and body fonts, radius and spacing to match.`,
    '- Respect the character limits given in the schema. Prices, if any, are in the business currency.',
  ].join('\n');
}

export function userPrompt(request: GenerateRequest): string {
  const lines = [`The owner describes the business: """${request.prompt}"""`];
  lines.push(...factLines(planSite(request)));
  if (request.language) lines.push(`Site language: ${languageNames[request.language]} ("${request.language}").`);
  else lines.push('Site language: the language the description is written in ("en", "pt-BR" or "es"; "en" for any other).');
  if (request.templateId && isTemplateId(request.templateId)) {
    const template = templates[request.templateId];
    lines.push(`Layout: the owner chose the "${template.label.en}" template (${template.description.en}); plan pages like: ${template.pages.join(', ')}.`);
  }
  if (request.paletteId && palettes.some((p) => p.id === request.paletteId)) lines.push(`Palette: the owner chose "${request.paletteId}".`);
  return lines.join('\n');
}

export function siteMessages(request: GenerateRequest): ChatCompletionMessageParam[] {
  return [
    { role: 'system', content: systemPrompt() },
    { role: 'user', content: userPrompt(request) },
  ];
}

// The one repair round: the model sees its answer and what was wrong with it.
export function repairMessages(request: GenerateRequest, answer: string, problem: string): ChatCompletionMessageParam[] {
  return [
    ...siteMessages(request),
    { role: 'assistant', content: answer.slice(0, 60_000) || '(no answer)' },
    {
      role: 'user',
      content: `That answer cannot be used: ${problem.slice(0, 1000)}\nReply with the corrected, complete site document as JSON following the schema and every rule above.`,
    },
  ];
}

// What the prompt says (as the owner confirmed it), which the site must keep, and what this kind
// of business usually offers, in the site's language.
export function factLines(plan: SitePlan): string[] {
  const u = plan.understanding;
  const lines = ['Facts the owner confirmed (keep them exactly):'];
  lines.push(
    plan.name
      ? `- Business name: "${plan.name}". Use it exactly as business.name and as the navbar logo text.`
      : '- The owner gave no business name: invent a realistic one that fits the kind and place.',
  );
  if (plan.kind) {
    const locale = plan.kind.locales[plan.language];
    lines.push(`- Kind of business: ${locale.label} (set business.kind to "${plan.kind.id}"). Write only about this kind of business.`);
    if (!plan.kind.bank)
      lines.push(
        `- What a ${plan.kind.locales.en.label.toLowerCase()} usually offers (use where it fits): ${plan.kind.locales[plan.language].offers.items.map((o) => o.title).join('; ')}.`,
      );
  } else {
    lines.push(
      '- Kind of business: none of our categories fits; set business.kind to "business" and write only from the description, inventing no services it does not name.',
    );
  }
  lines.push(plan.place ? `- Place: ${plan.place.label} (business.city).` : '- The owner named no place: leave business.city empty.');
  if (u.offers.length) lines.push(`- Offers the owner named (show them first, in the owner's own words): ${u.offers.join('; ')}.`);
  if (u.qualities.length) lines.push(`- Qualities the owner stressed: ${u.qualities.join('; ')}.`);
  if (u.event?.date || u.event?.venue)
    lines.push(
      `- Event: ${[u.event.date && `date ${u.event.date}${u.event.time ? ` at ${u.event.time}` : ''}`, u.event.venue && `venue ${u.event.venue}`].filter(Boolean).join(', ')}.`,
    );
  lines.push('- Do not invent reviews, ratings, staff names, statistics, awards or client logos.');
  return lines;
}
