// Gallery: photos of the work, the place or the products, in an even grid or a mosaic where
// every sixth picture is shown large. All pictures load lazily.
import { type SectionComponentProps, plainText, type SectionRender } from '@/lib/render/context';
import { SiteImage } from '@/lib/render/site-image';
import type { GalleryProps as Props } from '@/lib/sites/sections/gallery.schema';

function Gallery({ id, props, ctx }: SectionComponentProps<Props>) {
  return (
    <section id={id} className={`pm-section s-gallery s-gallery--${props.layout}`} aria-labelledby={`${id}-title`}>
      <div className="pm-wrap">
        <div className="pm-head">
          {props.eyebrow && <p className="pm-eyebrow">{props.eyebrow}</p>}
          <h2 id={`${id}-title`}>{props.heading}</h2>
          {props.intro && <p className="pm-lead">{props.intro}</p>}
        </div>
        <ul className="s-gallery__grid">
          {props.images.map((item, i) => {
            const image = ctx.image(item.src, { width: 800, height: 600 });
            if (!image) return null;
            // A caption that says the same as the alt text already names the picture; saying it twice is noise.
            const alt = item.caption && plainText(item.alt).trim() === plainText(item.caption).trim() ? '' : item.alt;
            return (
              <li key={i} className="s-gallery__item">
                <figure className="s-gallery__figure">
                  <SiteImage image={image} sizes="(min-width: 960px) 33vw, 50vw" alt={alt} loading="lazy" />
                  {item.caption && <figcaption>{item.caption}</figcaption>}
                </figure>
              </li>
            );
          })}
        </ul>
      </div>
    </section>
  );
}

export const galleryRender: SectionRender<Props> = {
  component: Gallery,
  css: `
.s-gallery .pm-lead{margin:0}
.s-gallery__grid{display:grid;grid-template-columns:repeat(2,1fr);gap:calc(.75rem * var(--pm-space));margin:0;padding:0;list-style:none}
.s-gallery__item{min-width:0}
.s-gallery__figure{position:relative;height:100%;margin:0;overflow:hidden;border-radius:var(--pm-radius);background:var(--pm-surface)}
.s-gallery__figure img{width:100%;height:100%;aspect-ratio:4/3;object-fit:cover;transition:transform .4s}
.s-gallery__item:hover img{transform:scale(1.03)}
.s-gallery__figure figcaption{position:absolute;inset:auto 0 0;padding:2.25rem .9rem .7rem;background:linear-gradient(transparent,rgba(0,0,0,.78) 55%);color:#fff;font-size:.875rem;font-weight:500;line-height:1.35}
.s-gallery--mosaic .s-gallery__item:nth-child(6n+1),.s-gallery--mosaic .s-gallery__item:nth-child(6n){grid-column:span 2}
.s-gallery--mosaic .s-gallery__item:nth-child(6n+1) img,.s-gallery--mosaic .s-gallery__item:nth-child(6n) img{aspect-ratio:16/9}
@media (min-width:960px){
.s-gallery__grid{grid-template-columns:repeat(3,1fr);gap:calc(1rem * var(--pm-space))}
.s-gallery--mosaic .s-gallery__grid{grid-auto-rows:clamp(12rem,20vw,16rem);grid-auto-flow:dense}
.s-gallery--mosaic .s-gallery__item:nth-child(6n){grid-column:auto}
.s-gallery--mosaic .s-gallery__item:nth-child(6n+1){grid-column:span 2;grid-row:span 2}
.s-gallery--mosaic .s-gallery__item:nth-child(12n+7){grid-column:2/span 2}
.s-gallery--mosaic .s-gallery__item img{aspect-ratio:auto}
}
`,
};
