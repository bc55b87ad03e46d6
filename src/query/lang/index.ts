/** Every language `kg ask` understands; adding one is adding a module and a line here. */
import { ar } from './ar.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { nl } from './nl.js';
import { tr } from './tr.js';
import type { QuestionLanguage } from './types.js';

export type { QuestionLanguage } from './types.js';

export const QUESTION_LANGUAGES: readonly QuestionLanguage[] = [en, de, nl, tr, ar, fr, es];
