// Start GOV.UK Frontend's components (error summary focus, radios, service navigation...).
import { initAll } from '../govuk/govuk-frontend.min.js';

// A form sent back with errors gives the focus to its error summary. When the address still
// ends in a fragment (#main-content, left by the skip link and kept by the browser through the
// form's redirects), the browser scrolls to it after this script and takes that focus away,
// so a keyboard or screen reader user is not told of the errors: drop the fragment first.
if (window.location.hash && document.querySelector('[data-module="govuk-error-summary"]')) {
  window.history.replaceState(null, '', window.location.pathname + window.location.search);
}

initAll();
