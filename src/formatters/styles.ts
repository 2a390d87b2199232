/** A text style: one of chalk's, or the text as it is. */
export type Style = (text: string) => string;
export type BoldableStyle = Style & { bold: Style };

/**
 * The styles the formats use. A chalk instance has them all; without colour the plain set below is used, so a
 * run that prints no colour (a file, CI, NO_COLOR) never loads chalk.
 */
export interface Styles {
  red: BoldableStyle;
  yellow: BoldableStyle;
  green: BoldableStyle;
  blue: Style;
  dim: Style;
  bold: Style;
  underline: Style;
}

const asIs: Style = (text) => String(text);
const boldable: BoldableStyle = Object.assign((text: string) => String(text), { bold: asIs });

export const PLAIN_STYLES: Styles = { red: boldable, yellow: boldable, green: boldable, blue: asIs, dim: asIs, bold: asIs, underline: asIs };
