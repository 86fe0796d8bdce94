import { createDarkTheme, createLightTheme, type BrandVariants, type Theme } from '@fluentui/react-components';

/** Portico's brand ramp: a deep teal, from darkest (10) to lightest (160), as Fluent expects. */
export const porticoBrand: BrandVariants = {
  10: '#020506',
  20: '#0D1E21',
  30: '#0F3237',
  40: '#0E4047',
  50: '#0B4E57',
  60: '#075D68',
  70: '#026B79',
  80: '#007A8A',
  90: '#23889A',
  100: '#3F96A7',
  110: '#57A4B5',
  120: '#6EB2C2',
  130: '#86C0CF',
  140: '#9DCEDC',
  150: '#B5DCE8',
  160: '#CDEAF3',
};

/** The light theme the portal renders with. */
export const porticoLightTheme: Theme = createLightTheme(porticoBrand);

/** The dark theme of the call stage: video reads best on a dark surface, as in Teams. */
export const porticoDarkTheme: Theme = createDarkTheme(porticoBrand);
