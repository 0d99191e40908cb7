// Icons for sections, drawn inline as SVG (lucide), so published pages need no icon font or request.
import {
  Award, BookOpen, Cake, Calendar, Camera, ChartNoAxesColumn, Check, Clock, Code, Coffee, Dumbbell, Gift, Globe, Heart,
  House, Leaf, Lock, Mail, MapPin, Music, Palette, PawPrint, Phone, Rocket, Scissors, Shield, ShoppingBag, Smile,
  Sparkles, Star, Sun, Truck, Users, UtensilsCrossed, Wrench, Zap, type LucideIcon,
} from 'lucide-react';
import type { IconName } from '@/lib/sites/primitives';

const icons: Record<IconName, LucideIcon> = {
  sparkles: Sparkles, star: Star, heart: Heart, leaf: Leaf, coffee: Coffee, cake: Cake, utensils: UtensilsCrossed,
  'shopping-bag': ShoppingBag, truck: Truck, clock: Clock, 'map-pin': MapPin, phone: Phone, mail: Mail, shield: Shield,
  bolt: Zap, chart: ChartNoAxesColumn, users: Users, calendar: Calendar, camera: Camera, palette: Palette, code: Code,
  globe: Globe, check: Check, award: Award, dumbbell: Dumbbell, music: Music, book: BookOpen, home: House, wrench: Wrench,
  scissors: Scissors, paw: PawPrint, gift: Gift, sun: Sun, smile: Smile, lock: Lock, rocket: Rocket,
};

export function Icon({ name, size = 24, label }: { name: IconName; size?: number; label?: string }) {
  const Component = icons[name] ?? Sparkles;
  return label ? (
    <Component width={size} height={size} role="img" aria-label={label} strokeWidth={1.75} />
  ) : (
    <Component width={size} height={size} aria-hidden="true" focusable="false" strokeWidth={1.75} />
  );
}
