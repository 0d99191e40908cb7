// An image in a section: a plain <img> for generated art and links, a <picture> with AVIF and
// WebP sources for uploaded images, so browsers that read AVIF get the smaller file.
import type { ImgHTMLAttributes } from 'react';
import type { ResolvedImage } from './context';

type Props = Omit<ImgHTMLAttributes<HTMLImageElement>, 'src' | 'srcSet' | 'width' | 'height'> & { image: ResolvedImage; alt: string };

export function SiteImage({ image, sizes, alt, ...rest }: Props) {
  const img = <img src={image.src} srcSet={image.srcSet} sizes={sizes} width={image.width} height={image.height} alt={alt} {...rest} />;
  if (!image.avifSrcSet) return img;
  return (
    <picture>
      <source type="image/avif" srcSet={image.avifSrcSet} sizes={sizes} />
      <source type="image/webp" srcSet={image.srcSet} sizes={sizes} />
      {img}
    </picture>
  );
}
