// GOV.UK Frontend: mark the page as able to run its JavaScript before the content is drawn.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
