/**
 * An expanded template's verdict, one path for `scan` and `MarketplaceChecks`: the rules over its facts
 * (with the exemptions its Metadata grants), what stays unseen as unknown, then CDK's acknowledgements.
 */
import { EngineConfig } from '../core/engine';
import { RULES } from '../rules';
import { RecordedAcknowledgements, acknowledgementSource, applyAcknowledgements } from './acknowledgements';
import { TemplateOptions } from './facts';
import { TemplateFindings, templateFindings } from './template-findings';
import { ExpandedTemplate, invisibleFindings } from './transforms';

export function judgedTemplate(expanded: ExpandedTemplate, config: EngineConfig, options: TemplateOptions = {}, acknowledgements?: RecordedAcknowledgements): TemplateFindings {
  const { findings, resources } = templateFindings(expanded.source, RULES, config, options);
  const all = [...findings, ...invisibleFindings(expanded.invisible, RULES, config)];
  return { findings: applyAcknowledgements(all, expanded.ownerOf, acknowledgementSource(resources, acknowledgements)), resources };
}
