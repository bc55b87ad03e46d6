/**
 * The rules pipeline for relations, in order: explicit attributions first, so that later,
 * looser rules do not reuse their arguments.
 */
import type { Rule } from './context.js';
import { affiliationRule } from './affiliation.js';
import { brandListRule } from './brands.js';
import { fundingSourceRule, holdersRule } from './holders.js';
import { possessorRule } from './possessor.js';
import { possessiveProductRule, productFromRule } from './products.js';
import { spendingRule } from './spending.js';
import { supplyRule } from './supply.js';
import { titleRule } from './titles.js';
import { triggerRule } from './triggers.js';

export const RULES: readonly Rule[] = [titleRule, productFromRule, supplyRule, triggerRule, holdersRule, fundingSourceRule, brandListRule, spendingRule, affiliationRule, possessorRule, possessiveProductRule];
