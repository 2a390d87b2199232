import type { Formatter } from '../types.js';
import { labelsFor } from './labels.js';
import { buildModel } from './model.js';
import { renderPage } from './page.js';

/** The review report: one offline HTML page with an overview, charts and each plan's 整改台账. */
const htmlReport: Formatter = (results, context) =>
  renderPage(buildModel(results, context.cwd, context.locale), { locale: context.locale, labels: labelsFor(context.locale), version: context.version });

export default htmlReport;
