import { surveyCallbacksRouter } from './survey-callbacks.router.ts';
import { surveyFormsRouter } from './survey-forms.router.ts';
import { surveyOversightRouter } from './survey-oversight.router.ts';
import { surveysRouter } from './surveys.router.ts';

/** 入户调查 (issue 5, item 6): mounted as `survey` — survey.submit, survey.form.list, survey.callback.draw … */
export const surveyRouter = {
  ...surveysRouter,
  ...surveyOversightRouter,
  form: surveyFormsRouter,
  callback: surveyCallbacksRouter,
};
