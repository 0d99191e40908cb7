// Turns the model's streamed answer into generation events as it arrives: the theme once the
// language, business and theme values have closed, each page once its id, path and title have,
// and each section the moment its object closes (and its props pass the section's schema).
//
// How the stream is parsed: the model answers with ONE JSON document (structured output, so the
// schema's property order holds: language, business, theme, then pages, each page's header fields
// before its sections). JsonScanner reads the text as it streams and reports each value when its
// closing character arrives, with its path; only the paths above are acted on. Nothing is parsed
// twice, and a cut-off answer simply stops producing events; the final, complete text is validated
// as a whole by the generator afterwards.
import type { SiteLanguage } from '@/lib/i18n/languages';
import type { Business, Page, Section, SiteDocument } from '@/lib/sites/document';
import { findSectionSchema } from '@/lib/sites/section-schemas';
import type { Theme } from '@/lib/sites/theme';
import type { Emit, GenerationEvent } from '../types';
import { JsonScanner, type JsonPath } from './json-scanner';
import { IdAllocator, toBusiness, toLanguage, toPageHeader, toSection, toTheme } from './schema';

type PageHeader = Omit<Page, 'sections'>;

// Sends each event once across stream retries and the repair round, and nothing before the theme
// (the owner's screen draws sections in the theme's colours).
export class EventGate {
  private hasTheme = false;
  private readonly queued: GenerationEvent[] = [];
  private readonly pages = new Set<string>();
  private readonly sections = new Set<string>();

  constructor(private readonly emit: Emit) {}

  theme(theme: Theme, business: Business, language: SiteLanguage) {
    if (this.hasTheme) return;
    this.hasTheme = true;
    this.emit({ type: 'theme', theme, business, language });
    for (const event of this.queued.splice(0)) this.emit(event);
  }

  page(page: PageHeader) {
    if (this.pages.has(page.id)) return;
    this.pages.add(page.id);
    this.send({ type: 'page', page: { id: page.id, path: page.path, title: page.title } });
  }

  section(pageId: string, section: Section) {
    if (this.sections.has(section.id)) return;
    this.sections.add(section.id);
    this.send({ type: 'section', pageId, section });
  }

  // After validation: whatever the stream did not already show (a repaired answer, held sections).
  replay(document: SiteDocument) {
    this.theme(document.theme, document.business, document.language);
    for (const page of document.pages) {
      this.page(page);
      for (const section of page.sections) this.section(page.id, section);
    }
  }

  private send(event: GenerationEvent) {
    if (this.hasTheme) this.emit(event);
    else this.queued.push(event);
  }
}

type PageState = { fields: Record<string, unknown>; header: PageHeader | null; held: Section[] };

function parse(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

// One streamed answer (a retry starts a new one; the gate is shared).
export class AnswerStream {
  private readonly scanner = new JsonScanner((path, raw) => this.onValue(path, raw));
  private readonly pageIds = new IdAllocator();
  private readonly sectionIds = new IdAllocator();
  private readonly pages: PageState[] = [];
  private language: unknown;
  private business: unknown;
  private theme: unknown;

  constructor(
    private readonly gate: EventGate,
    private readonly request: { language?: SiteLanguage; paletteId?: string },
  ) {}

  push(text: string) {
    this.scanner.push(text);
  }

  get text(): string {
    return this.scanner.received;
  }

  private onValue(path: JsonPath, raw: string) {
    const [top, pageIndex, key, sectionIndex] = path;
    if (path.length === 1 && (top === 'language' || top === 'business' || top === 'theme')) {
      this[top] = parse(raw);
      if (this.language !== undefined && this.business !== undefined && this.theme !== undefined) {
        this.gate.theme(toTheme(this.theme, this.request.paletteId), toBusiness(this.business), toLanguage(this.language, this.request.language));
      }
      return;
    }
    if (top !== 'pages' || typeof pageIndex !== 'number') return;
    const page = (this.pages[pageIndex] ??= { fields: {}, header: null, held: [] });
    if (path.length === 3 && typeof key === 'string' && key !== 'sections') {
      page.fields[key] = parse(raw);
    } else if (path.length === 4 && key === 'sections' && typeof sectionIndex === 'number') {
      const section = this.checked(toSection(parse(raw), this.sectionIds));
      if (section) page.held.push(section);
      // The header can go out once the fields it shows have arrived (the schema puts them first).
      if (['id', 'path', 'title'].every((field) => page.fields[field] !== undefined)) this.flush(page, pageIndex);
    } else if (path.length === 2) {
      this.flush(page, pageIndex);
    }
  }

  private flush(page: PageState, index: number) {
    page.header ??= toPageHeader(page.fields, this.pageIds, index);
    this.gate.page(page.header);
    for (const section of page.held.splice(0)) this.gate.section(page.header.id, section);
  }

  // A section is shown only when its props are valid; the rest wait for the validated document.
  private checked(section: Section): Section | null {
    const props = findSectionSchema(section.type)?.safeParse(section.props);
    return props?.success ? { ...section, props: props.data as Record<string, unknown> } : null;
  }
}
