'use client';

import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { brandThemes, type BrandThemes } from './brand-theme';
import { defaultBrand } from '@portico/domain';

const BrandThemesContext = createContext<BrandThemes>(brandThemes(defaultBrand.colour));

/** Gives everything under it the Fluent themes of the configured brand colour. */
export function BrandThemesProvider({ colour, children }: { readonly colour: string; readonly children: ReactNode }) {
  const themes = useMemo(() => brandThemes(colour), [colour]);
  return <BrandThemesContext.Provider value={themes}>{children}</BrandThemesContext.Provider>;
}

/** The brand's light and dark themes. */
export const useBrandThemes = (): BrandThemes => useContext(BrandThemesContext);
